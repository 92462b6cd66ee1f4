"""The server-rendered pages: figures from the selectors, filters kept, empty states said."""

from datetime import date

import pytest

from reports.models import Mention
from reports.tests.test_selectors_totals import DAY, World


@pytest.fixture
def world(db):
    w = World()
    w.seed(w.article())
    w.claim(w.article(), "civilians", 3264, claimant="monitor")
    return w


PAGES = ["/", "/claimants/", "/perpetrators/", "/places/", "/claims/"]


@pytest.mark.parametrize("url", PAGES)
def test_it_renders_each_page(client, world, url):
    response = client.get(url)
    assert response.status_code == 200
    assert b"people" in response.content


@pytest.mark.parametrize("url", PAGES)
def test_it_says_so_when_there_is_no_data(client, db, url):
    body = client.get(url).content.decode()
    assert "No killed figures yet" in body or "No claims yet" in body
    assert "<canvas" not in body


@pytest.mark.parametrize("url", PAGES)
def test_it_says_so_when_the_filters_match_nothing(client, world, url):
    body = client.get(url + "?outcome=killed&date_from=2030-01-01").content.decode()
    assert "match these filters" in body
    assert "<canvas" not in body


def test_it_shows_the_claimant_range_naming_both_ends(client, world):
    body = client.get("/").content.decode()
    assert "3,264 per Other Monitor" in body and "3,804 per SOHR" in body


def test_it_chooses_the_bucket_from_the_span_and_lets_it_change(client, world):
    assert client.get("/").context["scope"].bucket == "month"
    assert client.get("/?bucket=year").context["series"]["labels"] == ["2015", "2016"]
    w = world
    w.claim(w.article(published=date(2016, 3, 1)), "people", 3, period=DAY, claimant="officials")
    assert client.get(f"/?claimant={w.officials.pk}").context["scope"].bucket == "day"


def test_it_keeps_the_filters_in_links(client, world):
    body = client.get(f"/?outcome=killed&place={world.syria.pk}").content.decode()
    assert f'href="/claims/?outcome=killed&amp;place={world.syria.pk}"' in body
    assert f"/export/claims.csv?outcome=killed&amp;place={world.syria.pk}" in body


def test_it_breaks_down_by_place_including_the_places_inside(client, world):
    world.claim(world.article(), "people", 40, period=DAY, place="idlib", claimant="officials")
    rows = client.get("/places/").context["rows"]
    by_name = {r["name"]: r["totals"]["people"] for r in rows}
    assert by_name["Syria"] == 9364 and by_name["Idlib"] == 40


def test_it_breaks_down_by_perpetrator(client, world):
    world.claim(world.article(), "people", 40, period=DAY, perpetrator=None, claimant="officials")
    rows = client.get("/perpetrators/").context["rows"]
    assert [(r["name"], r["totals"]["people"]) for r in rows] == [
        ("Russia", 9364),
        ("not stated", 40),
    ]


def test_it_sorts_and_paginates_the_claims_table(client, world):
    page = client.get("/claims/?sort=-figure").context["page"]
    assert [c.count for c in page][:2] == [3800, 3264]
    page = client.get("/claims/?sort=figure").context["page"]
    assert page[0].count == 561
    assert page.paginator.count == 7


def test_it_links_each_claim_row_to_its_highlighted_sentence(client, world):
    article = world.article(text="Officials said <script>alert(1)</script> 12 people died.")
    claim = world.claim(article, "people", 12, claimant="officials", span_start=41, span_end=43)
    Mention.objects.create(claim=claim, sentence=article.text, sentence_start=0,
                           sentence_end=len(article.text), start=41, end=43)  # fmt: skip
    table = client.get("/claims/").content.decode()
    assert f'href="/articles/{article.pk}/#claim-{claim.pk}"' in table
    body = client.get(f"/articles/{article.pk}/").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "<script>alert(1)" not in body
    assert f'id="claim-{claim.pk}"' in body
    assert f'data-claims="{claim.pk}"' in body and ">12</mark>" in body
    assert "claimant: officials" in body


def test_it_links_only_web_addresses(client, world):
    bad = world.article()
    bad.url = "javascript:alert(1)"
    bad.save()
    assert "javascript:" not in client.get(f"/articles/{bad.pk}/").content.decode()
    good = world.article()
    good.url = "https://example.org/story"
    good.save()
    assert (
        'href="https://example.org/story"' in client.get(f"/articles/{good.pk}/").content.decode()
    )


def test_it_answers_404_for_an_unknown_article(client, db):
    assert client.get("/articles/999999/").status_code == 404
