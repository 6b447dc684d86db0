import time

from django.core.management.base import BaseCommand, CommandError

from articles.corpus import Corpus, write_corpus


def _rate(value: str) -> float:
    rate = float(value)
    if not 0 <= rate <= 1:
        raise ValueError(value)
    return rate


class Command(BaseCommand):
    help = "Write a synthetic corpus of dumps in the seeds' format (DIR/dumps/) with DIR/ground_truth.json."

    def add_arguments(self, parser):
        parser.add_argument("--out", required=True, help="folder to write into")
        parser.add_argument("--files", type=int, required=True)
        parser.add_argument("--seed", type=int, default=0, help="same seed, same corpus")
        parser.add_argument("--dup-rate", type=_rate, default=0.0, help="share of exact duplicates (0-1)")
        parser.add_argument("--near-dup-rate", type=_rate, default=0.0, help="share of near duplicates (0-1)")

    def handle(self, *args, out, files, seed, dup_rate, near_dup_rate, **options):
        if files < 1:
            raise CommandError("--files must be at least 1")
        if dup_rate + near_dup_rate > 1:
            raise CommandError("--dup-rate and --near-dup-rate add up to more than 1")
        started = time.perf_counter()
        truth = write_corpus(out, Corpus(files, seed, dup_rate, near_dup_rate))
        seconds = time.perf_counter() - started
        self.stdout.write(
            f"{files} files in {out}/dumps ({len(truth['exact_duplicates'])} exact and "
            f"{len(truth['near_duplicates'])} near duplicates; {out}/ground_truth.json) in {seconds:.1f} s"
        )
