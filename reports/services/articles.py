"""Storing articles and moving them through their states: created once, queued after
commit, retried, re-queued when stale, failed with a reason a person can act on."""

import logging
from datetime import date, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from reports import dedupe, textclean
from reports.models import Article, Source

logger = logging.getLogger(__name__)


def article_create(
    *,
    raw: bytes,
    filename: str = "",
    title: str = "",
    outlet: str = "",
    url: str = "",
    published: date | None = None,
    is_demo: bool = False,
    source: Source | None = None,
) -> tuple[Article, bool]:
    """Store an upload unchanged and queue it; return (article, created).

    The same text uploaded twice is the same article: the second call returns the first
    article with created=False and queues nothing. So is an upload whose URL is already
    stored, except when that article is a URL still waiting for (or failing) its fetch: the
    upload then gives it its text, so a page we cannot fetch can still be added by hand.
    """
    digest = textclean.content_hash(raw)
    existing = Article.objects.filter(content_hash=digest).first()
    if existing:
        return existing, False
    if url:
        existing = article_find_by_url(url=url)
        if existing and (bytes(existing.raw) or existing.status == Article.Status.PROCESSING):
            return existing, False
        if existing and _article_fill(article=existing, raw=raw, digest=digest, filename=filename):
            return existing, True
    try:
        with transaction.atomic():
            article = Article.objects.create(
                raw=raw, filename=filename[:255], title=title[:500], outlet=outlet[:200],
                url=url, published=published, is_demo=is_demo, content_hash=digest,
                source=source,
            )  # fmt: skip
    except IntegrityError:
        # Another upload of the same text won the race between our lookup and insert.
        return Article.objects.get(content_hash=digest), False
    transaction.on_commit(lambda: article_enqueue(article_id=article.pk))
    return article, True


def _article_fill(*, article: Article, raw: bytes, digest: str, filename: str) -> bool:
    # Only while it still has no text: the filter makes the check and the write one step.
    try:
        with transaction.atomic():
            filled = (
                Article.objects.filter(pk=article.pk, raw=b"")
                .exclude(status=Article.Status.PROCESSING)
                .update(raw=raw, content_hash=digest, filename=filename[:255], error="",
                        status=Article.Status.PENDING)
            )  # fmt: skip
    except IntegrityError:
        return False
    if filled:
        transaction.on_commit(lambda: article_enqueue(article_id=article.pk))
    return bool(filled)


def article_find_by_url(*, url: str) -> Article | None:
    """The stored article for this address: as submitted, or as the page's canonical URL."""
    normal = dedupe.url_normalise(url)
    if not normal:
        return None
    found = Article.objects.filter(Q(canonical_url=normal) | Q(url=url) | Q(url=normal))
    return found.order_by("pk").first()


def url_placeholder_hash(*, url: str) -> str:
    """content_hash of an article known only by its URL (unique, like the URL itself); it is
    replaced by the hash of the page once fetched."""
    return textclean.content_hash(b"url-only\x00" + dedupe.url_normalise(url).encode("utf-8"))


def article_enqueue(*, article_id: int) -> None:
    """Queue processing. A broker outage must not fail the upload: the article stays
    pending and the periodic sweep (articles_requeue_stale) queues it later."""
    from reports.tasks import article_process

    try:
        article_process.delay(article_id)
    except Exception:  # kombu raises many types for an unreachable broker
        logger.exception("Could not queue article %s; the sweep will retry", article_id)


def article_retry(*, article: Article) -> None:
    """Re-run extraction (admin action, retry of a failed upload)."""
    Article.objects.filter(pk=article.pk).update(status=Article.Status.PENDING, error="")
    transaction.on_commit(lambda: article_enqueue(article_id=article.pk))


def articles_requeue_stale(*, older_than: timedelta = timedelta(minutes=5)) -> int:
    """Queue again articles left pending (broker down) or processing (worker killed)."""
    cutoff = timezone.now() - older_than
    stale = Article.objects.filter(
        status__in=[Article.Status.PENDING, Article.Status.PROCESSING], created_at__lt=cutoff
    ).exclude(processing_started_at__gte=cutoff)
    ids = list(stale.values_list("pk", flat=True)[:1000])
    for article_id in ids:
        article_enqueue(article_id=article_id)
    return len(ids)


def article_fail(*, article_id: int, error: str) -> None:
    Article.objects.filter(pk=article_id).update(
        status=Article.Status.FAILED, error=error[:5000], processed_at=timezone.now()
    )
