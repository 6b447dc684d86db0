import time

from django.core.management.base import BaseCommand

from articles.search import rebuild_index


class Command(BaseCommand):
    help = "Write the full-text index of every stored article again (after an upgrade, or a bulk edit)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--bulk",
            action="store_true",
            help="PostgreSQL: drop the search indexes while refilling and build them at the end "
            "(ten times faster on a large archive; searches are slow until it finishes)",
        )

    def handle(self, *args, **options):
        started = time.perf_counter()
        indexed = rebuild_index(bulk=options["bulk"])
        seconds = time.perf_counter() - started
        self.stdout.write(f"{indexed} articles indexed in {seconds:.1f} s")
