"""/api/totals/ and /api/series/ on the seed article: DOMAIN.md's worked example."""

from datetime import date

import pytest

from reports import services

SEED_TOTALS = {"civilians": 3804, "men": 2337, "women": 561, "children": 906,
               "armed_groups": 5560, "combatants": 5560, "people": 9364}  # fmt: skip


@pytest.fixture
def seed_article(db, seed_path):
    article, _ = services.article_create(raw=seed_path.read_bytes(), outlet="CNN",
                                         published=date(2016, 9, 30))  # fmt: skip
    services.article_process(article_id=article.pk)
    return article


def test_it_gives_the_seed_totals(client, seed_article):
    body = client.get("/api/totals/?outcome=killed").json()
    assert body["outcome"] == "killed"
    for group, value in SEED_TOTALS.items():
        assert body["totals"][group] == value, group


def test_it_counts_the_seed_once_when_a_second_outlet_quotes_it(client, seed_article, seed_path):
    copy = seed_path.read_bytes() + b"\n\nRepublished by Another Outlet."
    article, created = services.article_create(raw=copy, outlet="Another Outlet",
                                               published=date(2016, 9, 30))  # fmt: skip
    assert created
    services.article_process(article_id=article.pk)
    body = client.get("/api/totals/?outcome=killed").json()
    assert body["totals"]["people"] == SEED_TOTALS["people"]


def test_it_returns_chartjs_series_spread_by_month(client, seed_article):
    body = client.get("/api/series/?outcome=killed&bucket=month").json()
    assert body["labels"][0] == "2015-09" and body["labels"][-1] == "2016-09"
    for dataset in body["datasets"]:
        assert len(dataset["data"]) == len(body["labels"])
        assert all(dataset["spread"])
    children = next(d for d in body["datasets"] if d["key"] == "children")
    assert children["data"][1] == pytest.approx(906 * 31 / 367, abs=0.1)
    stacked = sum(sum(d["data"]) for d in body["datasets"])
    assert stacked == pytest.approx(SEED_TOTALS["people"], abs=1)


def test_it_answers_empty_totals_with_no_data(client, db):
    body = client.get("/api/totals/?outcome=injured").json()
    assert body["totals"] == {}


def test_it_refuses_writes(client, db):
    assert client.post("/api/claims/", {}).status_code in (403, 405)
