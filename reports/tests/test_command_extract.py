import json

from django.core.management import call_command


def test_it_prints_the_claims_of_one_file_with_gold_field_names(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(
        "Raid\n\nAt least 14 civilians were killed in a raid on Monday, officials said."
    )
    call_command("extract", str(path), "--published", "2019-07-10")
    claims = json.loads(capsys.readouterr().out)
    killed = next(c for c in claims if c["count"] == 14)
    assert killed["group"] == "civilians" and killed["qualifier"] == "at_least"
    assert set(killed) >= {"outcome", "group", "count", "qualifier", "low", "high", "affiliation",
                           "perpetrator", "cause", "claimant", "location", "period", "hedged",
                           "quote"}  # fmt: skip
    assert killed["period"] == ["2019-07-08", "2019-07-08"]


def test_it_prints_one_json_line_per_manifest_entry(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Nine soldiers were killed on Friday.")
    (tmp_path / "b.txt").write_bytes(b"\x00\x00 not text")
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(
        json.dumps({"path": "a.txt", "published": "2020-01-05"})
        + "\n"
        + json.dumps({"path": str(tmp_path / "b.txt"), "published": "2020-01-05"})
        + "\n"
    )
    call_command("extract", "--manifest", str(manifest))
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["path"] for line in lines] == ["a.txt", str(tmp_path / "b.txt")]
    assert lines[0]["claims"][0]["count"] == 9
    assert lines[1]["claims"] == []
