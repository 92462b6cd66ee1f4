"""Articles that arrive as a URL: the page fetched safely, its metadata kept, and copies of
an article already stored recognised and linked instead of stored again."""

import logging
from datetime import date

import trafilatura
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.db.models.functions import Substr
from django.utils import timezone

from reports import dedupe, fetching, rollups, textclean
from reports.models import Article, Claim
from reports.services.articles import article_fail

logger = logging.getLogger(__name__)


def page_metadata(*, raw: bytes) -> dict:
    """Title, outlet, canonical URL and publication date a page states about itself."""
    try:
        meta = trafilatura.extract_metadata(textclean.bytes_decode(raw))
    except Exception:  # metadata is a bonus; a page without it is still an article
        logger.info("No metadata could be read from a page", exc_info=True)
        return {}
    if meta is None:
        return {}
    published = None
    if meta.date:
        try:
            published = date.fromisoformat(str(meta.date)[:10])
        except ValueError:
            published = None
    return {
        "title": (meta.title or "")[:500],
        "outlet": (meta.sitename or "")[:200],
        "canonical_url": dedupe.url_normalise(meta.url or "")[:2000],
        "published": published,
    }


def article_fetch(*, article: Article) -> Article | None:
    """Fetch a URL-only article's page and store it as its raw upload.

    Returns the article ready to process, or None when it failed for good (the reason is on
    the article) or turned out to be an article already stored (then it is linked to it).
    A transient failure (timeout, 5xx) raises FetchUnavailable for the task to retry.
    """
    try:
        page = fetching.url_fetch(article.url)
    except fetching.FetchUnavailable as exc:
        Article.objects.filter(pk=article.pk).update(error=f"Fetch failed, will retry: {exc}")
        raise
    except fetching.FetchError as exc:
        article_fail(article_id=article.pk, error=f"Could not fetch the page: {exc}")
        return None
    # Stored as received, except that a page in a legacy charset becomes UTF-8 (uploads must be).
    raw = fetching.body_as_utf8(page)
    meta = page_metadata(raw=raw) if page.content_type != "text/plain" else {}
    canonical = meta.get("canonical_url") or dedupe.url_normalise(page.url)
    digest = textclean.content_hash(raw)
    original = (
        Article.objects.filter(Q(content_hash=digest) | Q(canonical_url=canonical))
        .exclude(pk=article.pk)
        .order_by("pk")
        .first()
    )
    if original is None:
        try:
            with transaction.atomic():
                Article.objects.filter(pk=article.pk).update(
                    raw=raw, content_hash=digest, canonical_url=canonical, error="",
                    title=article.title or meta.get("title", ""),
                    outlet=article.outlet or meta.get("outlet", ""),
                    published=article.published or meta.get("published"),
                )  # fmt: skip
        except IntegrityError:
            # The same page arrived by another path while we were fetching it.
            original = Article.objects.get(content_hash=digest)
    if original is not None:
        article_copy_mark(article_id=article.pk, original=original, canonical_url=canonical)
        return None
    return Article.objects.get(pk=article.pk)


def article_original_find(
    *, article_id: int, canonical_url: str, fingerprint: str
) -> Article | None:
    """The first stored copy of the same story: same canonical URL or a near-identical text."""
    first_copies = Article.objects.filter(same_story_as__isnull=True).exclude(pk=article_id)
    if canonical_url:
        same_url = first_copies.filter(canonical_url=canonical_url).order_by("pk").first()
        if same_url:
            return same_url
    if not fingerprint:
        return None
    # Pigeonhole: a near-identical fingerprint shares at least one band (see reports.dedupe).
    bands = dedupe.fingerprint_bands(fingerprint)
    size = len(bands[0])
    match = Q()
    for i, band in enumerate(bands):
        match |= Q(**{f"band{i}": band})
    candidates = (
        first_copies.exclude(fingerprint="")
        .annotate(
            **{f"band{i}": Substr("fingerprint", i * size + 1, size) for i in range(len(bands))}
        )
        .filter(match)
        .order_by("pk")
        .values_list("pk", "fingerprint")
    )
    for pk, other in candidates[:20000]:
        if dedupe.fingerprints_near(fingerprint, other):
            return Article.objects.get(pk=pk)
    return None


def article_copy_mark(
    *,
    article_id: int,
    original: Article,
    text: str = "",
    canonical_url: str = "",
    fingerprint: str = "",
) -> None:
    """Link a second copy of a story to the first and extract nothing from it: its figures
    are the first copy's, and counting them again would double the review work."""
    why = (
        "the same page"
        if canonical_url and canonical_url == original.canonical_url
        else ("a near-identical text")
    )
    with transaction.atomic():
        Article.objects.filter(pk=article_id).update(
            same_story_as=original, status=Article.Status.DONE, processed_at=timezone.now(),
            text=text, canonical_url=canonical_url, fingerprint=fingerprint,
            error=f"Not extracted: {why} as article {original.pk} ({original}), where its "
            "claims are counted.",
        )  # fmt: skip
        Claim.objects.filter(article_id=article_id, review=Claim.Review.EXTRACTED).delete()
        rollups.refresh_request()
