"""Measure extraction throughput (words/second, one core) and the resident memory it needs."""

import json
import statistics
import time
from datetime import date
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


def rss_mb() -> float:
    """Resident set size of this process in MB (Linux /proc)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


class Command(BaseCommand):
    help = "Print the extractor's throughput in words/second and the process's resident memory."

    def add_arguments(self, parser):
        default = Path(settings.BASE_DIR).parent / "shared" / "corpus" / "articles"
        parser.add_argument("--articles", default=str(default))
        parser.add_argument("--repeat", type=int, default=5)
        parser.add_argument(
            "--gold",
            default=str(default.parent / "gold"),
            help="publication dates come from these gold files (else --published)",
        )
        parser.add_argument("--published", type=date.fromisoformat, default=date(2020, 1, 1))

    def handle(self, *args, **opts):
        folder = Path(opts["articles"])
        paths = sorted(folder.glob("*.txt"))
        texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
        # A worker always passes the article's publication date, and time expressions are only
        # resolved with one: without it the benchmark would skip that work.
        dates = [
            _published(Path(opts["gold"]) / f"{p.stem}.json", opts["published"]) for p in paths
        ]
        if not texts:
            raise CommandError(f"No .txt articles in {folder}")
        before = rss_mb()
        from reports.extraction import extract
        from reports.extraction.places import index

        index()  # the gazetteer is loaded lazily; load it before timing
        extract(texts[0], dates[0])
        loaded = rss_mb()
        words = sum(len(t.split()) for t in texts)
        rates = []
        for _ in range(max(1, opts["repeat"])):
            start = time.perf_counter()
            for text, published in zip(texts, dates, strict=True):
                extract(text, published)
            rates.append(words / (time.perf_counter() - start))
        self.stdout.write(f"articles={len(texts)} words={words} runs={len(rates)}")
        # the best run is the least disturbed by other work on a shared machine
        self.stdout.write(
            f"throughput median={statistics.median(rates):,.0f} words/s, "
            f"best={max(rates):,.0f} words/s (one core)"
        )
        self.stdout.write(f"RSS before loading the extractor={before:.1f} MB")
        self.stdout.write(
            f"RSS with the extractor loaded={loaded:.1f} MB, after the runs={rss_mb():.1f} MB"
        )


def _published(gold: Path, default: date) -> date:
    try:
        return date.fromisoformat(json.loads(gold.read_text(encoding="utf-8"))["published"])
    except (OSError, ValueError, KeyError, TypeError):
        return default
