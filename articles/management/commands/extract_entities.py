import time

from django.core.management.base import BaseCommand, CommandError

from articles.entities import extract_entities
from articles.models import Article


class Command(BaseCommand):
    help = (
        "Re-run entity extraction (after the gazetteer changed) on the given articles, or on all with --all. "
        "Mentions a curator added or removed are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, help="article ids")
        parser.add_argument("--all", action="store_true", help="every article in the archive")

    def handle(self, *args, ids, **options):
        if options["all"] == bool(ids):
            raise CommandError("give article ids or --all, not both and not neither")
        if ids:
            missing = set(ids) - set(Article.objects.filter(id__in=ids).values_list("id", flat=True))
            if missing:
                raise CommandError(f"no article with id {', '.join(map(str, sorted(missing)))}")
        started = time.perf_counter()
        counts = extract_entities(ids or None)
        seconds = time.perf_counter() - started
        rate = counts.articles / seconds if seconds else 0
        self.stdout.write(
            f"{counts.articles} articles: {counts.mentions} mentions, {counts.discovered} new discovered entities "
            f"({seconds:.1f} s, {rate:.0f} articles/s)"
        )
