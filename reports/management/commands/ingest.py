"""Store many articles at once: files, folders, zip files and JSON Lines, queued for extraction.

    manage.py ingest articles/ more.zip export.jsonl one.html [--published D] [--outlet O] [--sync]

A JSON Lines file holds one object per line with "text" or "html", and optionally "title",
"outlet", "url", "published" (YYYY-MM-DD...); an object with only a "url" is fetched by the
worker like a URL submitted in the admin. Every item is stored at most once (the same text or
the same address is reported as a duplicate), and the run ends with a summary of what was new,
duplicate or failed, and why.
"""

import json
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from tqdm import tqdm

from reports import fetching, services, sources
from reports.models import Article

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
CONTAINER_SUFFIXES = (".zip", ".jsonl", ".ndjson")
# A zip member larger than this is not even read: a zip bomb must not fill the memory.
MAX_MEMBER_BYTES = 64 * 1024 * 1024


@dataclass
class Item:
    label: str  # where it came from, for the report
    fields: dict = field(default_factory=dict)  # arguments for article_create(_from_url)
    error: str = ""  # why it could not even be read


class Command(BaseCommand):
    help = (
        "Store .txt/.html files, folders, zip files and JSON Lines as articles and queue "
        "their extraction; reports new, duplicate and failed items."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+")
        parser.add_argument("--published", help="Publication date for items without one")
        parser.add_argument("--outlet", default="", help="Outlet for items without one")
        parser.add_argument("--sync", action="store_true", help="Process here, not in a worker")
        parser.add_argument("--no-progress", action="store_true", help="No progress bar")

    def handle(self, *args, **opts):
        published = date.fromisoformat(opts["published"]) if opts["published"] else None
        defaults = {"outlet": opts["outlet"], "published": published}
        items = [item for name in opts["paths"] for item in self._items(Path(name))]
        counts: Counter = Counter()
        failures: list[tuple[str, str]] = []
        progress = tqdm(
            items, unit="article", desc="ingest", disable=opts["no_progress"] or not items,
            file=self.stderr._out,
        )  # fmt: skip
        for item in progress:
            outcome, detail = self._ingest(item, defaults=defaults, sync=opts["sync"])
            counts[outcome] += 1
            if outcome == "failed":
                failures.append((item.label, detail))
                progress.write(f"failed     {item.label}: {detail}", file=self.stderr._out)
            elif opts["verbosity"] >= 2:
                progress.write(f"{outcome:<10} {item.label} {detail}", file=self.stdout._out)
        progress.close()
        self.stdout.write(
            f"{len(items)} item(s): {counts['new']} new, {counts['duplicate']} duplicate, "
            f"{counts['failed']} failed"
        )
        for reason, n in Counter(reason for _, reason in failures).most_common():
            self.stdout.write(f"  failed x{n}: {reason}")

    def _ingest(self, item: Item, *, defaults: dict, sync: bool) -> tuple[str, str]:
        if item.error:
            return "failed", item.error
        fields = {**item.fields}
        for key, value in defaults.items():
            fields[key] = fields.get(key) or value
        try:
            with transaction.atomic():
                if "raw" in fields:
                    article, created = services.article_create(**fields)
                else:
                    article, created = sources.article_create_from_url(**fields)
        except fetching.FetchRefused as exc:
            return "failed", str(exc)
        if not created:
            return "duplicate", f"(article {article.pk})"
        if sync:
            try:
                services.article_process(article_id=article.pk)
            except fetching.FetchUnavailable as exc:
                return "failed", f"{exc} (stored as article {article.pk}; retry it later)"
            article.refresh_from_db()
            if article.status == Article.Status.FAILED:
                return "failed", f"{article.error} (kept as article {article.pk})"
        return "new", f"(article {article.pk})"

    def _items(self, path: Path):
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in (
                    ARTICLE_SUFFIXES + CONTAINER_SUFFIXES
                ):
                    yield from self._items(child)
        elif not path.is_file():
            raise CommandError(f"No such file or folder: {path}")
        elif path.suffix.lower() == ".zip":
            yield from self._zip_items(path)
        elif path.suffix.lower() in (".jsonl", ".ndjson"):
            yield from jsonl_items(path.read_bytes(), label=str(path))
        else:
            yield Item(str(path), {"raw": path.read_bytes(), "filename": path.name})

    def _zip_items(self, path: Path):
        try:
            archive = zipfile.ZipFile(path)
        except zipfile.BadZipFile as exc:
            yield Item(str(path), error=f"not a readable zip file ({exc})")
            return
        with archive:
            for info in archive.infolist():
                name = info.filename
                suffix = Path(name).suffix.lower()
                if info.is_dir() or suffix not in ARTICLE_SUFFIXES + (".jsonl", ".ndjson"):
                    continue
                label = f"{path}:{name}"
                if info.file_size > MAX_MEMBER_BYTES:
                    yield Item(label, error=f"{info.file_size / 1_048_576:.0f} MB, too large")
                    continue
                try:
                    data = archive.read(info)
                except (zipfile.BadZipFile, OSError, RuntimeError) as exc:
                    yield Item(label, error=f"could not be read from the zip file ({exc})")
                    continue
                if suffix in (".jsonl", ".ndjson"):
                    yield from jsonl_items(data, label=label)
                else:
                    yield Item(label, {"raw": data, "filename": Path(name).name[:255]})


def jsonl_items(data: bytes, *, label: str):
    """One Item per non-blank line of a JSON Lines file."""
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{label}:{number}"
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield Item(where, error=f"line is not JSON ({exc.__class__.__name__}: {exc})")
            continue
        if not isinstance(obj, dict):
            yield Item(where, error="line is not a JSON object")
            continue
        try:
            published = _date(obj.get("published"))
        except ValueError:
            yield Item(where, error=f"published is not a date: {obj.get('published')!r}")
            continue
        common = {
            "title": str(obj.get("title") or "")[:500],
            "outlet": str(obj.get("outlet") or "")[:200],
            "published": published,
        }
        url = str(obj.get("url") or "")
        html, text = obj.get("html"), obj.get("text")
        if html or text:
            raw = str(html or text).encode("utf-8")
            name = f"{Path(label).name}-{number}.{'html' if html else 'txt'}"
            yield Item(where, {"raw": raw, "filename": name[:255], "url": url[:2000], **common})
        elif url:
            yield Item(where, {"url": url, **common})
        else:
            yield Item(where, error='the object has no "text", "html" or "url"')


def _date(value) -> date | None:
    if not value:
        return None
    return date.fromisoformat(str(value)[:10])
