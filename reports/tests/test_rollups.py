"""The pre-computed dashboard results (reports/rollups.py): the version follows every write
that changes what counts, a current rollup answers exactly what live computation answers,
and a rollup that is behind is never served as current."""

import io
from datetime import date

import pytest
from django.core.management import call_command
from django.db import connection, connections

from reports import rollups, services
from reports.models import Article, Claim, ClaimsVersion, Rollup
from reports.tests.test_selectors_totals import DAY, World

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="rollups need the PostgreSQL version triggers"
)

URLS = ["/api/totals/", "/api/series/?bucket=month", "/api/claimants/?bucket=year",
        "/api/totals/?outcome=injured", "/api/series/", "/api/claimants/"]  # fmt: skip
PAGES = ["/", "/claimants/", "/perpetrators/", "/places/"]


def _answers(client) -> dict:
    out = {}
    for url in URLS:
        body = client.get(url).json()
        out[url] = {k: v for k, v in body.items() if k not in ("stale", "computed_at")}
    return out


def _live(client, settings) -> dict:
    settings.ROLLUPS_ENABLED = False
    try:
        return _answers(client)
    finally:
        settings.ROLLUPS_ENABLED = True


def _assert_served_from_rollup(client):
    for url in URLS:
        body = client.get(url).json()
        assert body["stale"] is False and body["computed_at"], url


def _page_text(client, url) -> str:
    return client.get(url).content.decode()


@pytest.fixture
def world(db):
    w = World()
    a = w.article(outlet="CNN")
    w.seed(a)
    w.seed(w.article(outlet="Other"), claimant="monitor")
    w.claim(a, "people", 12, claimant="officials", period=DAY, place="aleppo")
    w.claim(a, "children", 5, claimant="officials", period=None, place="idlib",
            outcome="injured")  # fmt: skip
    return w


def test_it_bumps_the_version_in_the_writing_transaction(world):
    before = rollups.version_current()
    claim = Claim.objects.filter(group="men").first()
    services.claim_review(claim=claim, changed_fields=["count"], user_decision=None)
    assert rollups.version_current() > before
    # An article's processing state is not what counts: no bump ...
    article = claim.article
    before = rollups.version_current()
    Article.objects.filter(pk=article.pk).update(status="processing")
    assert rollups.version_current() == before
    # ... its publication date is.
    Article.objects.filter(pk=article.pk).update(published=date(2016, 10, 1))
    assert rollups.version_current() > before


def test_it_serves_what_live_computes_after_every_change(world, client, settings, seed_path):
    assert rollups.refresh_pending() == len(rollups.OUTCOMES)
    _assert_served_from_rollup(client)
    assert _answers(client) == _live(client, settings)

    def check():
        # Behind the claims: never served as current (live here, the refresh was cheap) ...
        assert all(client.get(url).json()["stale"] is False for url in URLS)
        assert _answers(client) == _live(client, settings)
        # ... and once refreshed, served from the rollup with the same answers.
        assert rollups.refresh_pending() > 0
        _assert_served_from_rollup(client)
        assert _answers(client) == _live(client, settings)
        for page in PAGES:
            served = _page_text(client, page)
            settings.ROLLUPS_ENABLED = False
            live = _page_text(client, page)
            settings.ROLLUPS_ENABLED = True
            assert served == live, page

    # A new article, processed by the service.
    article, _ = services.article_create(raw=seed_path.read_bytes(), filename=seed_path.name,
                                         outlet="CNN", published=date(2016, 9, 30))  # fmt: skip
    services.article_process(article_id=article.pk)
    check()
    # An edit: a bigger figure.
    men = Claim.objects.filter(group="men", claimant=world.sohr).first()
    men.count = 9000
    services.claim_review(claim=men, changed_fields=["count"], user_decision=None)
    check()
    # A rejection.
    monitor = Claim.objects.filter(group="civilians", claimant=world.monitor).first()
    monitor.review = Claim.Review.REJECTED
    services.claim_review(claim=monitor, changed_fields=["review"], user_decision="rejected")
    check()
    # A deletion (the admin's path).
    services.claims_delete(claims=list(Claim.objects.filter(claimant=world.officials)))
    check()


def test_it_serves_a_stale_rollup_flagged_while_a_recount_is_pending(world, client, settings):
    rollups.refresh_pending()
    before = client.get("/api/totals/").json()
    settings.ROLLUPS_LIVE_BELOW_SECONDS = 0  # as on a large database: live would be slow
    world.claim(world.article(), "people", 50000, claimant="officials")
    body = client.get("/api/totals/").json()
    assert body["stale"] is True and body["computed_at"] == before["computed_at"]
    assert body["totals"] == before["totals"]
    assert "a recount is running" in _page_text(client, "/")
    rollups.refresh_pending()
    body = client.get("/api/totals/").json()
    assert body["stale"] is False and body["totals"]["people"] == 50000


def test_it_computes_narrow_filters_live(world, client):
    rollups.refresh_pending()
    body = client.get(f"/api/totals/?place={world.aleppo.pk}").json()
    assert body["computed_at"] is None and body["totals"] == {"people": 12}
    assert client.get("/api/totals/?hedged=false").json()["computed_at"] is None


def test_it_does_nothing_when_current_or_already_running(world):
    assert rollups.refresh_pending() > 0
    assert rollups.refresh_pending() == 0  # every rollup current
    world.claim(world.article(), "people", 7, claimant="officials")
    other = connections.create_connection("default")  # another refresh holds the lock
    try:
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s)", [rollups.LOCK_KEY])
        assert rollups.refresh_pending() == 0
    finally:
        # unlock before closing: a closed connection's backend ends (and drops its session
        # lock) asynchronously, so the refresh below could still find the lock held
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [rollups.LOCK_KEY])
        other.close()
    assert rollups.refresh_pending() > 0


def test_it_queues_one_refresh_after_a_write_commits(
    world, monkeypatch, django_capture_on_commit_callbacks
):
    from reports.tasks import rollups_refresh

    queued = []
    monkeypatch.setattr(rollups_refresh, "apply_async", lambda **kw: queued.append(kw))
    claim = Claim.objects.first()
    with django_capture_on_commit_callbacks(execute=True):
        services.claim_review(claim=claim, changed_fields=["review"], user_decision="confirmed")
    assert queued == [{"countdown": 5}]


def test_it_builds_rollups_after_a_bulk_load(db):
    out = io.StringIO()
    call_command("synthetic_data", claims=300, seed=3, stdout=out)
    assert "rollups refreshed" in out.getvalue()
    version = ClaimsVersion.objects.get(pk=1).version
    assert Rollup.objects.filter(version=version).count() == len(rollups.KINDS) * len(
        rollups.OUTCOMES
    )
