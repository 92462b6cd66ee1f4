"""The read-only API with the dashboard's filters, and its OpenAPI schema."""

import pytest

from reports.tests.test_selectors_totals import DAY, World


@pytest.fixture
def world(db):
    w = World()
    w.seed(w.article())
    w.claim(w.article(), "civilians", 3264, claimant="monitor")
    w.claim(w.article(), "people", 40, period=DAY, place="idlib", perpetrator=None,
            claimant="officials", hedged=True)  # fmt: skip
    return w


def test_it_filters_the_totals(client, world):
    body = client.get(f"/api/totals/?place={world.idlib.pk}").json()
    assert body["totals"] == {"people": 40}
    body = client.get("/api/totals/?group=civilians").json()
    assert set(body["totals"]) == {"civilians", "children", "women", "men"}
    assert body["ranges"]["civilians"]["low_claimant"] == "Other Monitor"
    assert client.get("/api/totals/?hedged=false").json()["totals"]["people"] == 9364


def test_it_filters_the_series_and_chooses_the_bucket(client, world):
    body = client.get(f"/api/series/?place={world.idlib.pk}").json()
    assert body["bucket"] == "day" and body["labels"] == ["2016-03-01"]
    body = client.get("/api/series/?date_from=2016-01-01&date_to=2016-03-31&bucket=month").json()
    assert body["labels"] == ["2016-01", "2016-02", "2016-03"]


def test_it_gives_one_series_per_claimant_with_the_range(client, world):
    body = client.get("/api/claimants/?group=civilians&bucket=year").json()
    assert body["labels"] == ["2015", "2016"]
    assert [d["label"] for d in body["datasets"]] == ["SOHR", "Other Monitor"]
    for dataset in body["datasets"]:
        assert len(dataset["data"]) == 2
    assert body["range"]["low_claimant"] == ["Other Monitor", "Other Monitor"]
    assert body["range"]["high"][0] == pytest.approx(3804 * 93 / 367, abs=0.1)


def test_it_filters_the_claims_list(client, world):
    body = client.get(f"/api/claims/?claimant={world.monitor.pk}").json()
    assert [c["count"] for c in body["results"]] == [3264]
    body = client.get("/api/claims/?hedged=true").json()
    assert [c["count"] for c in body["results"]] == [40]
    assert client.get("/api/claims/?group=combatants").json()["count"] == 2


def test_it_reports_bad_filters_instead_of_ignoring_them(client, world):
    assert client.get("/api/claims/?date_from=yesterday").status_code == 400
    response = client.get("/api/totals/?date_from=yesterday")
    assert response.status_code == 400 and "date_from" in response.json()["errors"]
    assert client.get("/api/series/?place=999999").status_code == 400


def test_it_lists_every_endpoint_in_the_schema(client, db):
    response = client.get("/api/schema/?format=json")
    assert response.status_code == 200
    schema = response.json()
    for path in ("/api/totals/", "/api/series/", "/api/claimants/", "/api/claims/",
                 "/api/claims/{id}/", "/api/articles/"):  # fmt: skip
        assert path in schema["paths"], path
    params = {p["name"] for p in schema["paths"]["/api/totals/"]["get"]["parameters"]}
    assert {"outcome", "group", "claimant", "place", "date_from", "hedged"} <= params
    assert "post" not in schema["paths"]["/api/claims/"]
