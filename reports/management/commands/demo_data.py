"""Store the project's own demo articles (idempotent: a second run adds nothing)."""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from reports import services
from reports.demo import demo_articles


class Command(BaseCommand):
    help = "Store invented demo articles (marked as demo) and queue their extraction."

    def add_arguments(self, parser):
        parser.add_argument("--sync", action="store_true", help="Process here, not in a worker")

    def handle(self, *args, **opts):
        created = 0
        for demo in demo_articles(today=timezone.localdate()):
            with transaction.atomic():
                article, new = services.article_create(
                    raw=demo.text().encode("utf-8"), title=demo.title, outlet=demo.outlet,
                    published=demo.published, is_demo=True,
                )  # fmt: skip
            created += new
            if new and opts["sync"]:
                services.article_process(article_id=article.pk)
        self.stdout.write(f"{created} demo article(s) stored")
