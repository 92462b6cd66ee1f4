"""Recompute the dashboard's rollups now (after a bulk load, or to check how long it takes)."""

import time

from django.core.management.base import BaseCommand

from reports import rollups
from reports.extraction.taxonomy import OUTCOMES


class Command(BaseCommand):
    help = "Recompute the pre-computed dashboard results (reports/rollups.py) for every outcome."

    def add_arguments(self, parser):
        parser.add_argument("--outcome", action="append", choices=OUTCOMES,
                            help="only these outcomes (repeatable)")  # fmt: skip

    def handle(self, *args, **opts):
        if not rollups.available():
            self.stdout.write("rollups need PostgreSQL; the dashboard computes live here")
            return
        began = time.perf_counter()
        for outcome in opts["outcome"] or OUTCOMES:
            start = time.perf_counter()
            version = rollups.refresh_outcome(outcome=outcome)
            self.stdout.write(f"{outcome}: version {version}, "
                              f"{time.perf_counter() - start:.1f} s")  # fmt: skip
        self.stdout.write(self.style.SUCCESS(
            f"rollups refreshed in {time.perf_counter() - began:.1f} s"))  # fmt: skip
