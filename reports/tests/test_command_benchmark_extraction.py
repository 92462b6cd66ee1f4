import json
import re

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError


def test_it_prints_throughput_and_memory(tmp_path, capsys):
    articles, gold = tmp_path / "articles", tmp_path / "gold"
    articles.mkdir()
    gold.mkdir()
    (articles / "a.txt").write_text("Raid\n\nAt least 14 civilians were killed on Monday.")
    (gold / "a.json").write_text(json.dumps({"published": "2019-07-10", "claims": []}))
    (articles / "b.txt").write_text("Nine soldiers were killed on Friday, the army said.")
    call_command("benchmark_extraction", articles=str(articles), gold=str(gold), repeat=2)
    out = capsys.readouterr().out
    assert "articles=2 words=18 runs=2" in out  # words as split by whitespace
    median, best = map(
        lambda s: int(s.replace(",", "")),
        re.search(r"median=([\d,]+).*best=([\d,]+)", out).groups(),
    )
    assert 0 < median <= best
    assert re.search(r"RSS with the extractor loaded=\d+\.\d MB", out)


def test_it_says_when_the_folder_has_no_articles(tmp_path):
    with pytest.raises(CommandError, match="No .txt articles"):
        call_command("benchmark_extraction", articles=str(tmp_path))
