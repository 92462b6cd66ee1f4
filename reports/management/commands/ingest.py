"""Store article files as articles and queue them for extraction."""

from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from reports import services


class Command(BaseCommand):
    help = "Store .txt/.html files (or folders of them) as articles and queue extraction."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+")
        parser.add_argument("--published", help="Publication date for all files, YYYY-MM-DD")
        parser.add_argument("--outlet", default="")
        parser.add_argument("--sync", action="store_true", help="Process here, not in a worker")

    def handle(self, *args, **opts):
        published = date.fromisoformat(opts["published"]) if opts["published"] else None
        files = []
        for name in opts["paths"]:
            path = Path(name)
            if path.is_dir():
                files += sorted(
                    p for p in path.rglob("*") if p.suffix.lower() in (".txt", ".html", ".htm")
                )
            elif path.is_file():
                files.append(path)
            else:
                raise CommandError(f"No such file or folder: {path}")
        new = duplicate = failed = 0
        for path in files:
            with transaction.atomic():
                article, created = services.article_create(
                    raw=path.read_bytes(), filename=path.name, outlet=opts["outlet"],
                    published=published,
                )  # fmt: skip
            if not created:
                duplicate += 1
                self.stdout.write(f"duplicate  {path} (article {article.pk})")
                continue
            new += 1
            if opts["sync"]:
                services.article_process(article_id=article.pk)
                article.refresh_from_db()
                if article.status == article.Status.FAILED:
                    failed += 1
                self.stdout.write(
                    f"{article.status:<10} {path} ({article.claims.count()} claims) {article.error}"
                )
            else:
                self.stdout.write(f"queued     {path} (article {article.pk})")
        self.stdout.write(f"{new} new, {duplicate} duplicate, {failed} failed")
