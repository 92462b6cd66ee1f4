"""CSV and JSON exports of the filtered claims and of the totals."""

import csv
import io
import json

import pytest

from reports.tests.test_selectors_totals import World


@pytest.fixture
def world(db):
    w = World()
    w.seed(w.article())
    w.claim(w.article(), "civilians", 3264, claimant="monitor", affiliation="=HYPERLINK(1)")
    return w


def _csv(response) -> list[dict]:
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.DictReader(io.StringIO(body.decode())))


def test_it_exports_the_filtered_claims_as_csv(client, world):
    response = client.get(f"/export/claims.csv?claimant={world.sohr.pk}")
    assert response["Content-Type"] == "text/csv"
    rows = _csv(response)
    assert len(rows) == 6 and {r["claimant"] for r in rows} == {"SOHR"}
    assert rows[0]["published"] == "2016-09-30" and rows[0]["place"] == "Syria"


def test_it_defuses_spreadsheet_formulas(client, world):
    rows = _csv(client.get(f"/export/claims.csv?claimant={world.monitor.pk}"))
    assert rows[0]["affiliation"] == "'=HYPERLINK(1)"


def test_it_exports_the_filtered_claims_as_json(client, world):
    response = client.get("/export/claims.json?group=children")
    body = json.loads(b"".join(response.streaming_content))
    assert body["count"] == 1 and body["claims"][0]["count"] == 906


def test_it_exports_the_totals_per_claimant_marking_the_range(client, world):
    rows = _csv(client.get("/export/totals.csv?outcome=killed"))
    civilians = {r["claimant"]: r for r in rows if r["group"] == "civilians"}
    assert civilians["SOHR"]["total"] == "3804" and civilians["SOHR"]["is_high"] == "True"
    assert civilians["Other Monitor"]["is_low"] == "True"
