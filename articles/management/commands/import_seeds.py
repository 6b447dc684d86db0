from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.importing import import_paths, reparse_articles
from articles.search import keep_recent_index


class Command(BaseCommand):
    help = "Import Arabic news dumps (files, folders or globs; default: seeds/) into the archive."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help="files, folders or glob patterns (default: seeds/)")
        parser.add_argument("--dry-run", action="store_true", help="parse and count, save nothing")
        parser.add_argument(
            "--workers", type=int, default=None, help="processes that parse and extract (default: one per CPU)"
        )
        parser.add_argument(
            "--reparse",
            action="store_true",
            help="re-read stored articles from their verbatim raw text with the current parser",
        )

    def handle(self, *args, paths, dry_run, reparse, workers, **options):
        if workers is not None and workers < 1:
            raise CommandError("--workers must be at least 1")
        progress = self.stderr if options["verbosity"] >= 1 else None
        if reparse:
            if paths:
                raise CommandError("--reparse reads the stored raw text; give no paths with it")
            run = reparse_articles(dry_run=dry_run, out=progress)
        else:
            run = import_paths(paths or [settings.SEEDS_DIR], dry_run=dry_run, out=progress, workers=workers)
        if not dry_run:
            keep_recent_index(out=progress)  # new stories may have made the recent search index too wide
        for failure in run.failure_list:
            self.stderr.write(f"{failure.path}: skipped, {failure.reason}")
        self.stdout.write(run.summary())
        if run.files_failed:
            where = "" if dry_run else f"; see import run {run.pk}"
            raise CommandError(f"{run.files_failed} file(s) failed{where}")
