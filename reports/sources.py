"""Articles that arrive by themselves: feeds polled on a schedule and URLs submitted once.

Writes, like services/. Polling a feed only creates URL-only articles (pending, empty raw);
each article's page is fetched by its own processing task in the worker, so one slow or
hostile page never holds up the feed, and a fetch that fails is recorded on that article.
"""

import logging
from datetime import date
from urllib.parse import urljoin

import feedparser
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from reports import fetching, services
from reports.models import Article, Source

logger = logging.getLogger(__name__)

# A feed lists its latest items; one that lists thousands is an archive or hostile, and each
# entry costs a fetch. The newest ones (first in the feed) are taken.
MAX_ENTRIES_PER_POLL = 200


def article_create_from_url(
    *,
    url: str,
    source: Source | None = None,
    title: str = "",
    outlet: str = "",
    published: date | None = None,
) -> tuple[Article, bool]:
    """Store an article known only by its URL and queue it; processing fetches the page.

    An address already stored (as submitted or as a page's canonical URL) returns the stored
    article with created=False. Refuses non-http(s) addresses at once (FetchRefused)."""
    fetching.url_check(url)
    existing = services.article_find_by_url(url=url)
    if existing:
        return existing, False
    digest = services.url_placeholder_hash(url=url)
    try:
        with transaction.atomic():
            article = Article.objects.create(
                raw=b"", url=url[:2000], title=title[:500], outlet=outlet[:200],
                published=published, source=source, content_hash=digest,
            )  # fmt: skip
    except IntegrityError:
        # The same address submitted twice at once: the other one won.
        return Article.objects.get(content_hash=digest), False
    transaction.on_commit(lambda: services.article_enqueue(article_id=article.pk))
    return article, True


def source_poll(*, source_id: int) -> int:
    """Poll one source; return how many new articles it gave. Errors are recorded on the
    source (shown in the admin), not raised: the next scheduled poll is the retry."""
    source = Source.objects.filter(pk=source_id).first()
    if source is None:
        return 0
    Source.objects.filter(pk=source_id).update(last_polled_at=timezone.now())
    try:
        if source.kind == Source.Kind.URL:
            new = _source_poll_url(source=source)
        else:
            new = _source_poll_feed(source=source)
    except fetching.FetchError as exc:
        Source.objects.filter(pk=source_id).update(last_error=str(exc)[:5000], last_new_articles=0)
        return 0
    Source.objects.filter(pk=source_id).update(
        last_success_at=timezone.now(), last_error="", last_new_articles=new
    )
    return new


def _source_poll_url(*, source: Source) -> int:
    _, created = article_create_from_url(url=source.url, source=source, outlet=source.outlet)
    return int(created)


def _source_poll_feed(*, source: Source) -> int:
    page = fetching.url_fetch(
        source.url, accept=fetching.FEED_TYPES + ("text/html",),
        if_none_match=source.etag, if_modified_since=source.last_modified,
    )  # fmt: skip
    if page.not_modified:
        # Nothing new since the stored validators, which stay for the next poll.
        return 0
    feed = feedparser.parse(page.body)
    if not feed.entries and feed.bozo:
        raise fetching.FetchRefused(
            f"{source.url} is not a readable RSS/Atom feed ({feed.get('bozo_exception')})."
        )
    outlet = source.outlet or feed.feed.get("title", "")
    new = 0
    for entry in feed.entries[:MAX_ENTRIES_PER_POLL]:
        link = entry.get("link") or ""
        if not link:
            continue
        link = _absolute(link, page.url)
        try:
            with transaction.atomic():
                _, created = article_create_from_url(
                    url=link, source=source, title=entry.get("title", ""), outlet=outlet,
                    published=_entry_date(entry),
                )  # fmt: skip
        except fetching.FetchRefused as exc:
            # One bad link (mailto:, javascript:) must not stop the rest of the feed.
            logger.info("Feed %s: skipped entry %s (%s)", source.pk, link, exc)
            continue
        new += int(created)
    # Replaced only once every entry is stored: a poll that failed on the way (unreadable
    # feed, database error) keeps the old validators, so the next one gets the whole feed
    # again instead of a 304 for entries never stored. A 200 without them clears them.
    Source.objects.filter(pk=source.pk).update(etag=page.etag, last_modified=page.last_modified)
    return new


def _absolute(link: str, base: str) -> str:
    return urljoin(base, link.strip())


def _entry_date(entry) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return date(*parsed[:3])  # feedparser gives UTC


def sources_due() -> list[int]:
    now = timezone.now()
    due = Source.objects.filter(active=True).filter(
        Q(last_polled_at__isnull=True) | Q(last_polled_at__lte=now - F("poll_interval"))
    )
    return list(due.order_by("pk").values_list("pk", flat=True))


def sources_poll_due() -> int:
    """Queue a poll for every active source whose interval has passed; return how many."""
    ids = sources_due()
    # Marked now, so the next beat tick does not queue them again while a worker is busy.
    Source.objects.filter(pk__in=ids).update(last_polled_at=timezone.now())
    for source_id in ids:
        transaction.on_commit(lambda source_id=source_id: source_enqueue(source_id=source_id))
    return len(ids)


def sources_poll_queue(*, source_ids: list[int]) -> None:
    """Poll these sources in the worker now ("poll now" in the admin), whatever their interval."""
    for source_id in source_ids:
        transaction.on_commit(lambda source_id=source_id: source_enqueue(source_id=source_id))


def source_enqueue(*, source_id: int) -> None:
    from reports.tasks import source_poll as source_poll_task

    try:
        source_poll_task.delay(source_id)
    except Exception:  # an unreachable broker: the next beat tick queues it again
        logger.exception("Could not queue the poll of source %s", source_id)
