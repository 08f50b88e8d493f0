"""Load the benchmark data set of size S on top of the demo (docs/performance.md).

S=1 is 50 cooperatives, 1,000 artisans, 20,000 products and 2,000 stories, each in four
languages. The command tops the data set up to the size asked for: a second run at the same
size adds nothing, a run at a larger size adds the difference (the query-budget tests grow
the data set this way). See ``site/demo/bench.py`` for how it is built fast.
"""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from tawiza.demo.bench import BenchSeeder, Sizes


class Command(BaseCommand):
    help = (
        "Load the benchmark data set of size S (S=1: 50 cooperatives, 1,000 artisans, "
        "20,000 products, 2,000 stories, in four languages) on top of the demo."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=float,
            default=0.01,
            help="Size of the data set; 1 is the full benchmark (default 0.01).",
        )
        parser.add_argument(
            "--no-index",
            action="store_true",
            help="Leave the search index alone (run update_index yourself afterwards).",
        )

    def handle(self, *args, scale, no_index, **options):
        if not 0 < scale <= 10:
            raise CommandError("--scale must be more than 0 and at most 10.")
        started = time.monotonic()
        seeder = BenchSeeder(self.log)
        if not seeder.demo_is_loaded():
            self.log("The demo is not loaded: running seed_demo first.")
            call_command("seed_demo", no_accounts=True, verbosity=0)
        sizes = Sizes.for_scale(scale)
        self.log(
            f"Scale {scale:g}: {sizes.cooperatives} cooperatives, {sizes.artisans} artisans, "
            f"{sizes.products} products, {sizes.stories} stories, in four languages."
        )
        added = seeder.run(sizes, index=not no_index)
        elapsed = time.monotonic() - started
        if not any(added.values()):
            self.log(f"Nothing to add: the data set is already at scale {scale:g}.")
        summary = ", ".join(f"{count} {kind}" for kind, count in added.items())
        self.stdout.write(
            self.style.SUCCESS(f"seed_bench done in {elapsed:.1f} s (added {summary}).")
        )

    def log(self, message):
        if self.verbosity >= 1:
            self.stdout.write(message)
            self.stdout.flush()

    verbosity = 1

    def execute(self, *args, **options):
        self.verbosity = options.get("verbosity", 1)
        return super().execute(*args, **options)
