"""Print the claims of article files as JSON, with the gold files' field names."""

import json
from datetime import date
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from reports import textclean
from reports.extraction import extract


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"Not a YYYY-MM-DD date: {value!r}") from exc


def file_claims(path: Path, published: date | None) -> list[dict]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CommandError(f"Cannot read {path}: {exc.strerror}") from exc
    try:
        _, text = textclean.upload_to_text(
            raw, filename=path.name, max_bytes=settings.ARTICLE_MAX_BYTES
        )
    except textclean.UnreadableUpload:
        return []
    return [claim.as_dict() for claim in extract(text, published)]


class Command(BaseCommand):
    help = "Extract casualty claims from article files and print them as JSON."

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="A .txt or .html article")
        parser.add_argument("--published", help="Publication date, YYYY-MM-DD")
        parser.add_argument(
            "--manifest", help='JSON Lines of {"path", "published"}: one output line per file'
        )

    def handle(self, *args, **opts):
        if opts["manifest"]:
            self._manifest(Path(opts["manifest"]))
        elif opts["file"]:
            claims = file_claims(Path(opts["file"]), _date(opts["published"]))
            self.stdout.write(json.dumps(claims, ensure_ascii=False, indent=1))
        else:
            raise CommandError("Give a FILE or --manifest M.jsonl")

    def _manifest(self, manifest: Path) -> None:
        try:
            lines = manifest.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise CommandError(f"Cannot read {manifest}: {exc.strerror}") from exc
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
                path = Path(entry["path"])
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise CommandError(f"{manifest}:{number}: not a {{path, published}} line") from exc
            if not path.is_absolute():
                path = manifest.parent / path
            claims = file_claims(path, _date(entry.get("published")))
            self.stdout.write(
                json.dumps({"path": entry["path"], "claims": claims}, ensure_ascii=False)
            )
