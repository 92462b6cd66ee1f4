"""Processing an article: text, extraction, and the machine's claims replaced in one
transaction, never touching what a person decided."""

import logging
import os
import time

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from reports import dedupe, rollups, textclean
from reports.extraction import extract
from reports.models import Article, Claim
from reports.services.articles import article_fail
from reports.services.claims import claim_create_from_draft, draft_key
from reports.services.fetched import (
    article_copy_mark,
    article_fetch,
    article_original_find,
    page_metadata,
)

logger = logging.getLogger(__name__)


def article_process(*, article_id: int) -> Article | None:
    """Extract the article's claims, replacing the machine's earlier ones in one transaction.

    Idempotent: running it twice leaves the same claims. Claims a person confirmed, edited or
    rejected are never touched, and the machine does not add them back a second time.
    """
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        logger.warning("Article %s no longer exists; nothing to process", article_id)
        return None
    Article.objects.filter(pk=article_id).update(
        status=Article.Status.PROCESSING, processing_started_at=timezone.now(),
        attempts=article.attempts + 1,
    )  # fmt: skip
    if not bytes(article.raw) and article.url:
        # Submitted as a URL or found in a feed: the page is fetched here, in the worker.
        article = article_fetch(article=article)
        if article is None:
            return None
    raw = bytes(article.raw)
    try:
        title, text = textclean.upload_to_text(
            raw, filename=article.filename, max_bytes=settings.ARTICLE_MAX_BYTES
        )
    except textclean.UnreadableUpload as exc:
        article_fail(article_id=article_id, error=str(exc))
        return None
    canonical = article.canonical_url
    if not canonical and textclean.looks_like_html(raw, article.filename):
        canonical = page_metadata(raw=raw).get("canonical_url", "")
    fingerprint = dedupe.text_fingerprint(text)
    original = article_original_find(
        article_id=article_id, canonical_url=canonical, fingerprint=fingerprint
    )
    if original is not None:
        article_copy_mark(
            article_id=article_id, original=original, text=text, canonical_url=canonical,
            fingerprint=fingerprint,
        )  # fmt: skip
        return None
    drafts = extract(text, article.published)

    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        article.text = text
        article.canonical_url = canonical
        article.fingerprint = fingerprint
        article.same_story_as = None
        article.title = article.title or title or textclean.title_guess(text)
        article.claims.filter(review=Claim.Review.EXTRACTED).delete()
        reviewed = set(article.claims.values_list("machine_key", flat=True))
        for draft in drafts:
            if draft_key(draft) not in reviewed:
                claim_create_from_draft(article=article, draft=draft)
        _test_delay()
        article.status = Article.Status.DONE
        article.error = ""
        article.processed_at = timezone.now()
        article.save()
        # The claim writes above bumped ClaimsVersion (database trigger) in this transaction.
        rollups.refresh_request()
    return article


def _test_delay() -> None:
    # Test-only (DEBUG and an environment variable): holds the transaction open with the new
    # claims written but not committed, so a test can kill the worker at the worst moment.
    delay = float(os.getenv("CT_TEST_PROCESS_DELAY", "0") or 0)
    if delay and settings.DEBUG:
        time.sleep(delay)
