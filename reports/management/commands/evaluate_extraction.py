"""Score the claim extractor against the gold files (same rules as shared/tools/score.py)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from reports.extraction.evaluation import ATTRIBUTES, evaluate


class Command(BaseCommand):
    help = "Print precision, recall, F1 and attribute agreement of the extractor on the gold set."

    def add_arguments(self, parser):
        shared = Path(settings.BASE_DIR).parent / "shared" / "corpus"
        parser.add_argument("--gold", default=str(shared / "gold"))
        parser.add_argument("--articles", default=str(shared / "articles"))
        parser.add_argument("--quiet", action="store_true", help="only the summary lines")

    def handle(self, *args, **opts):
        gold, articles = Path(opts["gold"]), Path(opts["articles"])
        if not gold.is_dir() or not articles.is_dir():
            raise CommandError(f"Missing gold or articles folder: {gold}, {articles}")
        report = evaluate(gold, articles)
        if not opts["quiet"]:
            for line in report.lines:
                self.stdout.write(line)
        self.stdout.write(report.summary())
        for attr in ATTRIBUTES:
            ok, total = report.attrs[attr]
            self.stdout.write(f"  {attr:12} {ok}/{total}")
