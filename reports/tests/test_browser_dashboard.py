"""The dashboard in a real browser: the chart draws the numbers the API gives."""

from datetime import date

import pytest

from reports import services
from reports.tests.browser import chromium_page, screenshot

pytestmark = pytest.mark.browser


def test_it_draws_the_totals_chart_with_data(live_server, transactional_db, seed_path):
    article, _ = services.article_create(raw=seed_path.read_bytes(), outlet="CNN",
                                         published=date(2016, 9, 30))  # fmt: skip
    services.article_process(article_id=article.pk)

    with chromium_page() as page:
        page.goto(f"{live_server.url}/?outcome=killed&bucket=month")
        page.wait_for_selector("#totals-chart[data-ready=true]")
        drawn = page.evaluate(
            "() => window.totalsChart.data.datasets.reduce("
            "(sum, d) => sum + d.data.reduce((a, b) => a + b, 0), 0)"
        )
        labels = page.evaluate("() => window.totalsChart.data.labels")
        api = page.evaluate("() => fetch('/api/totals/?outcome=killed').then(r => r.json())")
        screenshot(page, "dashboard-seed")
        assert page.js_errors == []
    assert labels[0] == "2015-09" and labels[-1] == "2016-09"
    assert drawn == pytest.approx(api["totals"]["people"], abs=1)
    assert api["totals"]["people"] == 9364


def test_it_says_there_is_no_data_instead_of_drawing_an_empty_chart(live_server, transactional_db):
    with chromium_page(viewport=(390, 844)) as page:
        page.goto(live_server.url + "/")
        assert "No killed figures yet" in page.inner_text("main")
        assert page.query_selector("#totals-chart") is None
        screenshot(page, "dashboard-empty-phone")
