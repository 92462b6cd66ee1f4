"""Polling feeds: new entries become articles once, their pages are fetched in processing, and
failures are recorded on the source or the article."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from reports import fetching, services, sources
from reports.models import Article, Claim, Source

BODY = (
    "Government forces shelled the northern districts of the city on Tuesday, and at least "
    "twelve civilians were killed, according to the local health directorate, which said that "
    "dozens more were wounded and taken to the two hospitals still working in the area. "
    "Residents described a night of heavy bombardment that destroyed homes, a market and a "
    "school, and aid groups warned that supplies of fuel and medicine were running out."
)


def article_page(title: str, canonical: str, body: str = BODY, date_: str = "2024-03-05") -> str:
    return f"""<!doctype html><html><head><title>{title}</title>
<link rel="canonical" href="{canonical}">
<meta property="og:site_name" content="Daily Wire Service">
<meta property="article:published_time" content="{date_}T10:00:00Z">
</head><body><article><h1>{title}</h1><p>{body}</p></article></body></html>"""


def feed(site, items: list[tuple[str, str]]) -> str:
    entries = "".join(
        f"<item><title>{title}</title><link>{site.url(path)}</link>"
        f"<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>"
        for title, path in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire feed</title>'
        f"<link>{site.base}</link>{entries}</channel></rss>"
    )


@pytest.fixture
def news_feed(local_site):
    local_site.page("/a1", article_page("Shelling in the north", local_site.url("/a1")))
    other = BODY.replace("twelve civilians", "three soldiers").replace("shelled", "attacked")
    other = "A completely different report about floods. " * 3 + other[::-1]
    local_site.page("/a2", article_page("Floods", local_site.url("/a2"), body=other))
    local_site.page(
        "/rss", feed(local_site, [("Shelling", "/a1"), ("Floods", "/a2")]),
        content_type="application/rss+xml",
    )  # fmt: skip
    return Source.objects.create(name="Wire", url=local_site.url("/rss"), outlet="Wire")


def process_all():
    for pk in Article.objects.filter(status="pending").values_list("pk", flat=True):
        services.article_process(article_id=pk)


def test_it_turns_new_feed_entries_into_pending_url_articles(db, news_feed, local_site):
    assert sources.source_poll(source_id=news_feed.pk) == 2
    articles = Article.objects.order_by("url")
    assert [a.url for a in articles] == [local_site.url("/a1"), local_site.url("/a2")]
    assert all(a.status == "pending" and bytes(a.raw) == b"" for a in articles)
    assert all(a.source_id == news_feed.pk and a.published == date(2024, 3, 5) for a in articles)
    news_feed.refresh_from_db()
    assert news_feed.last_new_articles == 2 and news_feed.last_error == ""
    assert news_feed.last_success_at is not None


def test_it_adds_nothing_on_a_second_poll(db, news_feed):
    sources.source_poll(source_id=news_feed.pk)
    process_all()
    assert sources.source_poll(source_id=news_feed.pk) == 0
    assert Article.objects.count() == 2
    news_feed.refresh_from_db()
    assert news_feed.last_new_articles == 0


def test_it_fetches_each_page_when_processing_and_keeps_its_metadata(db, news_feed, local_site):
    sources.source_poll(source_id=news_feed.pk)
    process_all()
    article = Article.objects.get(url=local_site.url("/a1"))
    assert article.status == "done", article.error
    assert b"twelve civilians" in bytes(article.raw)  # the page as fetched, kept unchanged
    assert "twelve civilians were killed" in article.text and "<p>" not in article.text
    assert article.canonical_url == local_site.url("/a1")
    assert article.title == "Shelling" and article.outlet == "Wire"
    assert article.fingerprint and local_site.hits["/a1"] == 1


def test_it_records_a_feed_it_cannot_read_on_the_source(db, local_site):
    local_site.page("/notfeed", b"\x89PNG", content_type="image/png")
    source = Source.objects.create(name="Bad", url=local_site.url("/notfeed"))
    assert sources.source_poll(source_id=source.pk) == 0
    source.refresh_from_db()
    assert "image/png" in source.last_error and source.last_polled_at is not None
    assert not Article.objects.exists()


def test_it_records_a_page_it_may_not_fetch_on_the_article(db, local_site, settings):
    local_site.page(
        "/rss", feed(local_site, [("x", "/a1")]).replace(local_site.url("/a1"),
                                                        "http://10.0.0.5/internal"),
        content_type="application/rss+xml",
    )  # fmt: skip
    source = Source.objects.create(name="Wire", url=local_site.url("/rss"))
    sources.source_poll(source_id=source.pk)
    process_all()
    article = Article.objects.get()
    assert article.status == "failed" and "10.0.0.5, a private network address" in article.error


def test_it_leaves_a_page_that_times_out_for_the_task_to_retry(db, local_site, settings):
    settings.FETCH_READ_TIMEOUT = 0.3
    local_site.routes["/slow"] = lambda handler: __import__("time").sleep(1)
    article, _ = sources.article_create_from_url(url=local_site.url("/slow"))
    with pytest.raises(fetching.FetchUnavailable):
        services.article_process(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == "processing" and "will retry" in article.error


def test_it_polls_only_sources_that_are_due(db, local_site):
    now = timezone.now()
    due = Source.objects.create(name="Due", url=local_site.url("/1"))
    Source.objects.create(name="Recent", url=local_site.url("/2"), last_polled_at=now)
    old = Source.objects.create(name="Old", url=local_site.url("/3"),
                                last_polled_at=now - timedelta(hours=2))  # fmt: skip
    Source.objects.create(name="Off", url=local_site.url("/4"), active=False)
    assert sorted(sources.sources_due()) == sorted([due.pk, old.pk])
    assert sources.sources_poll_due() == 2
    assert sources.sources_due() == []  # marked, so the next beat tick does not queue them again


def test_it_stores_a_single_url_source_once(db, local_site):
    local_site.page("/one", article_page("One", local_site.url("/one")))
    source = Source.objects.create(name="One", url=local_site.url("/one"), kind="url")
    assert sources.source_poll(source_id=source.pk) == 1
    assert sources.source_poll(source_id=source.pk) == 0
    process_all()
    assert Article.objects.get().status == "done"
    assert Claim.objects.filter(article__source=source).count() >= 0


def test_it_has_a_beat_entry_for_due_sources_and_stale_articles(settings):
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert {"reports.tasks.sources_poll_due", "reports.tasks.articles_requeue_stale"} <= tasks


def test_it_takes_at_most_the_first_entries_of_a_huge_feed(db, local_site, monkeypatch):
    monkeypatch.setattr(sources, "MAX_ENTRIES_PER_POLL", 3)
    items = [(f"Item {i}", f"/item{i}") for i in range(10)]
    local_site.page("/rss", feed(local_site, items), content_type="application/rss+xml")
    source = Source.objects.create(name="Archive", url=local_site.url("/rss"))
    assert sources.source_poll(source_id=source.pk) == 3
    assert sorted(Article.objects.values_list("title", flat=True)) == ["Item 0", "Item 1", "Item 2"]


def test_it_reads_atom_feeds_with_relative_links(db, local_site):
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Atom wire</title><entry><title>Strike</title>"
        '<link href="/news/strike"/><updated>2023-11-02T08:00:00Z</updated></entry></feed>'
    )
    local_site.page("/atom", atom, content_type="application/atom+xml")
    source = Source.objects.create(name="Atom", url=local_site.url("/atom"))
    assert sources.source_poll(source_id=source.pk) == 1
    article = Article.objects.get()
    assert article.url == local_site.url("/news/strike") and article.outlet == "Atom wire"
    assert str(article.published) == "2023-11-02"


# --- Conditional GET: the feed's validators are sent back and a 304 is a poll with nothing new ---


class CachingFeed:
    """A feed route that answers like a caching web server (RFC 9110): If-None-Match is
    compared with the current ETag, else If-Modified-Since with Last-Modified; a match gets a
    304 without a body. The test changes body/etag between polls; each request's conditional
    headers are kept in `asked`."""

    def __init__(self, body: str, *, etag: str = "", last_modified: str = ""):
        self.body, self.etag, self.last_modified = body, etag, last_modified
        self.asked: list[dict[str, str]] = []

    def __call__(self, handler) -> None:
        asked = {
            name: handler.headers.get(name, "") for name in ("If-None-Match", "If-Modified-Since")
        }
        self.asked.append(asked)
        if asked["If-None-Match"]:
            unchanged = asked["If-None-Match"] == self.etag
        else:
            unchanged = bool(asked["If-Modified-Since"]) and (
                asked["If-Modified-Since"] == self.last_modified
            )
        handler.send_response(304 if unchanged else 200)
        if self.etag:
            handler.send_header("ETag", self.etag)
        if self.last_modified:
            handler.send_header("Last-Modified", self.last_modified)
        body = b"" if unchanged else self.body.encode("utf-8")
        if not unchanged:
            handler.send_header("Content-Type", "application/rss+xml")
            handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)


def caching_feed(
    local_site, *, etag: str = "", last_modified: str = ""
) -> tuple[Source, CachingFeed]:
    route = CachingFeed(
        feed(local_site, [("Shelling", "/a1"), ("Floods", "/a2")]), etag=etag,
        last_modified=last_modified,
    )  # fmt: skip
    local_site.routes["/rss"] = route
    return Source.objects.create(name="Wire", url=local_site.url("/rss")), route


def test_it_stores_the_feed_etag_on_the_first_poll(db, local_site):
    source, route = caching_feed(local_site, etag='"v1"')
    assert sources.source_poll(source_id=source.pk) == 2
    source.refresh_from_db()
    assert source.etag == '"v1"' and source.last_modified == ""
    assert route.asked == [{"If-None-Match": "", "If-Modified-Since": ""}]


def test_it_sends_the_etag_back_and_counts_a_304_as_a_poll_with_nothing_new(db, local_site):
    source, route = caching_feed(local_site, etag='"v1"')
    sources.source_poll(source_id=source.pk)
    earlier = timezone.now() - timedelta(days=1)
    Source.objects.filter(pk=source.pk).update(
        last_error="wire answered HTTP 503", last_new_articles=2, last_success_at=earlier
    )
    assert sources.source_poll(source_id=source.pk) == 0
    assert route.asked[1]["If-None-Match"] == '"v1"'
    assert Article.objects.count() == 2
    source.refresh_from_db()
    assert source.last_error == "" and source.last_new_articles == 0
    assert source.last_success_at > earlier and source.last_polled_at > earlier
    assert source.etag == '"v1"'  # kept for the next poll


def test_it_sends_if_modified_since_to_a_server_that_gives_only_last_modified(db, local_site):
    stamp = "Tue, 05 Mar 2024 10:00:00 GMT"
    source, route = caching_feed(local_site, last_modified=stamp)
    assert sources.source_poll(source_id=source.pk) == 2
    source.refresh_from_db()
    assert source.last_modified == stamp and source.etag == ""
    assert sources.source_poll(source_id=source.pk) == 0
    assert route.asked[1] == {"If-None-Match": "", "If-Modified-Since": stamp}
    source.refresh_from_db()
    assert source.last_modified == stamp and source.last_error == ""


def test_it_takes_the_new_entries_and_the_new_etag_of_a_changed_feed(db, local_site):
    source, route = caching_feed(local_site, etag='"v1"')
    sources.source_poll(source_id=source.pk)
    route.body = feed(local_site, [("Strike", "/a3"), ("Shelling", "/a1"), ("Floods", "/a2")])
    route.etag = '"v2"'
    assert sources.source_poll(source_id=source.pk) == 1
    assert route.asked[1]["If-None-Match"] == '"v1"'
    assert Article.objects.filter(url=local_site.url("/a3"), title="Strike").exists()
    source.refresh_from_db()
    assert source.etag == '"v2"' and source.last_new_articles == 1
    assert sources.source_poll(source_id=source.pk) == 0
    assert route.asked[2]["If-None-Match"] == '"v2"'


def test_it_keeps_the_old_etag_when_the_changed_feed_cannot_be_read(db, local_site):
    source, route = caching_feed(local_site, etag='"v1"')
    sources.source_poll(source_id=source.pk)
    route.body, route.etag = "<html><body>Maintenance</body>", '"broken"'
    assert sources.source_poll(source_id=source.pk) == 0
    source.refresh_from_db()
    # Not the broken answer's ETag: the next poll must get the whole feed, not a 304.
    assert "not a readable RSS/Atom feed" in source.last_error and source.etag == '"v1"'


def test_it_does_not_keep_an_etag_too_long_to_store(db, local_site):
    source, _ = caching_feed(local_site, etag='"' + "x" * 300 + '"')
    assert sources.source_poll(source_id=source.pk) == 2
    source.refresh_from_db()
    assert source.etag == "" and source.last_error == ""
