"""Every dashboard page in a real browser (Debian's Chromium): the charts draw the numbers the
API gives, a claim leads from the table to its highlighted sentence; screenshots go to
test-artifacts/ for a person to look at."""

from datetime import date

import pytest

from reports.models import Mention
from reports.tests.browser import chromium_page, screenshot
from reports.tests.test_selectors_totals import DAY, World

pytestmark = pytest.mark.browser

SUM_DRAWN = ("() => window.totalsChart.data.datasets.reduce("
             "(sum, d) => sum + d.data.reduce((a, b) => a + b, 0), 0)")  # fmt: skip


def _world() -> World:
    w = World()
    w.seed(w.article(outlet="CNN"))
    w.claim(w.article(outlet="Reuters"), "civilians", 3264, claimant="monitor")
    text = ("Officials said 12 people were killed in a market bombing in Aleppo on Tuesday. "
            "Later they said the toll <rose> to 20.")  # fmt: skip
    article = w.article(published=date(2016, 3, 1), outlet="Wire", text=text)
    for count, start in ((12, text.index("12")), (20, text.index("20"))):
        claim = w.claim(article, "people", count, claimant="officials", period=DAY,
                        place="aleppo", span_start=start, span_end=start + 2,
                        sentence=text)  # fmt: skip
        Mention.objects.create(claim=claim, sentence=text, sentence_start=0,
                               sentence_end=len(text), start=start, end=start + 2)  # fmt: skip
    w.claim(w.article(published=date(2016, 5, 2)), "people", 7, period=None, place="idlib",
            claimant="officials", perpetrator=None)  # fmt: skip
    return w


def test_it_draws_the_overview_from_the_api_numbers(live_server, transactional_db):
    _world()
    for name, viewport in (("overview-laptop", (1280, 900)), ("overview-phone", (390, 844))):
        with chromium_page(viewport=viewport) as page:
            page.goto(f"{live_server.url}/?outcome=killed")
            page.wait_for_selector("#totals-chart[data-ready=true]")
            drawn = page.evaluate(SUM_DRAWN)
            api = page.evaluate("() => fetch('/api/totals/?outcome=killed').then(r => r.json())")
            headline = page.inner_text(".headline")
            bucket = page.evaluate("() => window.totalsChart.options.scales.x.title.text")
            screenshot(page, name)
            assert page.js_errors == []
        # One claimant per bucket is drawn (the highest), so the bars add up to the highest
        # claimant's people total when the claimants agree on the buckets.
        assert drawn == pytest.approx(api["totals"]["people"], abs=1)
        assert bucket == "month"
        assert "3,264 per Other Monitor" in headline and "3,804 per SOHR" in headline


def test_it_compares_claimants_with_the_range(live_server, transactional_db):
    _world()
    with chromium_page() as page:
        page.goto(f"{live_server.url}/claimants/?outcome=killed&group=civilians&bucket=year")
        page.wait_for_selector("#claimants-chart[data-ready=true]")
        labels = page.evaluate("() => window.claimantsChart.data.datasets.map(d => d.label)")
        api = page.evaluate(
            "() => fetch('/api/claimants/?outcome=killed&group=civilians&bucket=year')"
            ".then(r => r.json())"
        )
        drawn = page.evaluate("() => window.claimantsChart.data.datasets[0].data")
        screenshot(page, "claimants")
        assert page.js_errors == []
    assert labels[:2] == [d["label"] for d in api["datasets"]] == ["SOHR", "Other Monitor"]
    assert drawn == api["datasets"][0]["data"]


@pytest.mark.parametrize("path", ["perpetrators", "places"])
def test_it_shows_the_breakdowns(live_server, transactional_db, path):
    _world()
    with chromium_page() as page:
        page.goto(f"{live_server.url}/{path}/")
        text = page.inner_text("main")
        screenshot(page, path)
        assert page.js_errors == []
    assert "9,364" in text and "(officials) – 9,364 (SOHR)" in text
    assert ("not stated" in text) == (path == "perpetrators")


def test_it_follows_a_claim_from_the_table_to_its_highlighted_sentence(
    live_server, transactional_db
):
    _world()
    with chromium_page() as page:
        page.goto(f"{live_server.url}/claims/?outcome=killed&sort=-published")
        screenshot(page, "claims-table")
        row = page.locator("tr", has_text="officials").filter(has_text="2016-03-01").first
        assert "20" in row.inner_text()
        row.locator("a.claim-link").click()
        page.wait_for_selector("body[data-ready=true]")
        current = page.locator("mark.current")
        assert current.inner_text() == "20"
        assert "claimant: officials" in current.get_attribute("title")
        assert page.locator("details.current[open]").count() == 1
        # The article's own markup is text, not HTML.
        assert "toll <rose> to" in page.inner_text("article")
        screenshot(page, "article-highlighted")
        assert page.js_errors == []


def test_it_says_when_filters_match_nothing(live_server, transactional_db):
    _world()
    with chromium_page(viewport=(390, 844)) as page:
        page.goto(f"{live_server.url}/?outcome=killed&date_from=2030-01-01")
        assert "match these filters" in page.inner_text("main")
        assert page.query_selector("canvas") is None
        screenshot(page, "overview-filtered-empty-phone")
