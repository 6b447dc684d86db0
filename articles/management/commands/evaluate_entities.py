from django.core.management.base import BaseCommand, CommandError

from articles.evaluation import GoldError, evaluate, pooled


class Command(BaseCommand):
    help = "Score entity extraction against a gold file: precision, recall and F1 per kind and overall."

    def add_arguments(self, parser):
        parser.add_argument("gold", nargs="+", help="gold JSON files (see tests/gold/); several are also pooled")
        parser.add_argument("--errors", action="store_true", help="also list every miss and spurious find")
        parser.add_argument(
            "--strict", action="store_true", help="names as written: `حي الشجاعية` and `الشجاعية` are two names"
        )

    def handle(self, *args, gold, **options):
        evaluations = []
        for path in gold:
            try:
                evaluation = evaluate(path, strict=options["strict"])
            except GoldError as error:
                raise CommandError(str(error)) from error
            self.stdout.write(f"{path}: {evaluation.stories} stories")
            self.stdout.write(evaluation.table())
            if options["errors"]:
                for line in evaluation.errors:
                    self.stdout.write(line)
            evaluations.append(evaluation)
        if len(evaluations) > 1:
            # One set of 300 entities moves by a point for three of them; the pool is the steadier figure.
            total = pooled(evaluations)
            self.stdout.write(f"{len(evaluations)} gold files pooled: {total.stories} stories")
            self.stdout.write(total.table())
