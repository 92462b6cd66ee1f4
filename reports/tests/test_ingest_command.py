"""manage.py ingest: folders, zip files, JSON Lines and single files, each article stored once,
with a summary of what was new, duplicate or failed and why."""

import io
import json
import zipfile

import pytest
from django.core.management import CommandError, call_command

from reports.models import Article
from reports.tests.conftest import CORPUS


def ingest(*args) -> str:
    out = io.StringIO()
    call_command("ingest", *map(str, args), "--no-progress", stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_it_stores_the_shared_corpus_once_and_reports_the_count(db):
    folder = CORPUS / "articles"
    if not folder.is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")
    files = [p for p in folder.rglob("*") if p.suffix in (".txt", ".html", ".htm")]
    assert "101 item(s): 101 new, 0 duplicate, 0 failed" in ingest(folder)
    assert Article.objects.count() == len(files) == 101
    assert "101 item(s): 0 new, 101 duplicate, 0 failed" in ingest(folder)
    assert Article.objects.count() == 101


def test_it_reads_zip_files_json_lines_and_plain_files(db, tmp_path):
    (tmp_path / "one.txt").write_text("Five soldiers were killed on Sunday, the army said.")
    with zipfile.ZipFile(tmp_path / "batch.zip", "w") as archive:
        archive.writestr("a/two.html", "<html><body><p>Two people were injured.</p></body></html>")
        archive.writestr("a/one-again.txt", "Five soldiers were killed on Sunday, the army said.")
        archive.writestr("notes.pdf", b"%PDF-1.4")  # not an article: skipped, not failed
        archive.writestr(
            "inner.jsonl", json.dumps({"text": "Nine civilians were killed.", "title": "Nine"})
        )
    lines = [
        {"text": "Three rebels died in clashes.", "title": "Clashes", "outlet": "Wire",
         "url": "https://wire.example.org/clashes", "published": "2020-02-03T10:00:00Z"},
        {"html": "<p>Four police officers were wounded.</p>", "outlet": "Paper"},
        {"title": "no text"},
        {"text": "Bad date", "published": "yesterday"},
    ]  # fmt: skip
    jsonl = tmp_path / "export.jsonl"
    jsonl.write_text("\n".join(map(json.dumps, lines)) + "\n{not json\n")
    report = ingest(tmp_path / "one.txt", tmp_path / "batch.zip", jsonl)

    assert "9 item(s): 5 new, 1 duplicate, 3 failed" in report
    assert 'no "text", "html" or "url"' in report and "not JSON" in report
    assert "not a date" in report
    clashes = Article.objects.get(title="Clashes")
    assert clashes.outlet == "Wire" and str(clashes.published) == "2020-02-03"
    assert clashes.url == "https://wire.example.org/clashes"
    assert Article.objects.filter(filename="two.html").exists()


def test_it_queues_url_only_lines_for_the_worker_and_skips_known_addresses(db, tmp_path):
    jsonl = tmp_path / "urls.jsonl"
    jsonl.write_text(
        json.dumps({"url": "https://wire.example.org/a", "outlet": "Wire"}) + "\n"
        + json.dumps({"url": "https://wire.example.org/a?utm_source=x"}) + "\n"
        + json.dumps({"url": "ftp://wire.example.org/a"}) + "\n"
    )  # fmt: skip
    report = ingest(jsonl)
    assert "3 item(s): 1 new, 1 duplicate, 1 failed" in report and "Only http" in report
    article = Article.objects.get()
    assert article.status == "pending" and bytes(article.raw) == b""  # fetched by the worker


def test_it_processes_in_place_with_sync_and_reports_failures(db, tmp_path):
    (tmp_path / "ok.txt").write_text("Five soldiers were killed on Sunday, the army said.")
    (tmp_path / "scan.txt").write_bytes(b"\x00\x01binary\x00")
    out = io.StringIO()
    call_command("ingest", str(tmp_path), "--sync", "--no-progress", stdout=out,
                 stderr=io.StringIO())  # fmt: skip
    report = out.getvalue()
    assert "2 item(s): 1 new, 0 duplicate, 1 failed" in report and "binary" in report
    assert Article.objects.get(filename="ok.txt").status == "done"
    assert Article.objects.get(filename="scan.txt").status == "failed"  # kept, with its error


def test_it_refuses_a_missing_path(db, tmp_path):
    with pytest.raises(CommandError, match="No such file or folder"):
        ingest(tmp_path / "missing")


def test_it_shows_a_progress_bar(db, tmp_path):
    (tmp_path / "a.txt").write_text("Five soldiers were killed on Sunday.")
    err = io.StringIO()
    call_command("ingest", str(tmp_path), stdout=io.StringIO(), stderr=err)
    assert "ingest: 100%" in err.getvalue()
