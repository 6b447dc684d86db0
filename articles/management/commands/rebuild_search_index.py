import time

from django.core.management.base import BaseCommand

from articles.search import rebuild_index


class Command(BaseCommand):
    help = "Write the full-text index of every stored article again (after an upgrade, or a bulk edit)."

    def handle(self, *args, **options):
        started = time.perf_counter()
        indexed = rebuild_index()
        seconds = time.perf_counter() - started
        self.stdout.write(f"{indexed} articles indexed in {seconds:.1f} s")
