from django.core.management.base import BaseCommand, CommandError

from articles.evaluation import GoldError, evaluate


class Command(BaseCommand):
    help = "Score entity extraction against a gold file: precision, recall and F1 per kind and overall."

    def add_arguments(self, parser):
        parser.add_argument("gold", help="gold JSON file (see tests/gold/)")
        parser.add_argument("--errors", action="store_true", help="also list every miss and spurious find")

    def handle(self, *args, gold, **options):
        try:
            evaluation = evaluate(gold)
        except GoldError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"{gold}: {evaluation.stories} stories")
        self.stdout.write(evaluation.table())
        if options["errors"]:
            for line in evaluation.errors:
                self.stdout.write(line)
