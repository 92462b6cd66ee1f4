"""Writes: storing articles, processing them into claims, resolving names to entities.

Views, admin actions, commands and tasks call these; none of them writes models directly.
"""

import logging
import os
import re
import time
from datetime import date, timedelta

import trafilatura
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.db.models.functions import Substr
from django.utils import timezone

from reports import dedupe, fetching, rollups, textclean
from reports.extraction import ClaimDraft, PlaceRef, extract
from reports.models import Actor, Article, Claim, Claimant, Entity, Mention, Place, Source

logger = logging.getLogger(__name__)

# Fields a person may change on a claim; changing any of them makes it "edited".
FIGURE_FIELDS = (
    "outcome", "group", "affiliation", "count", "qualifier", "low", "high", "perpetrator",
    "cause", "claimant", "place", "location", "period_start", "period_end", "hedged",
)  # fmt: skip


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


def _test_delay() -> None:
    # Test-only (DEBUG and an environment variable): holds the transaction open with the new
    # claims written but not committed, so a test can kill the worker at the worst moment.
    delay = float(os.getenv("CT_TEST_PROCESS_DELAY", "0") or 0)
    if delay and settings.DEBUG:
        time.sleep(delay)


def draft_key(draft: ClaimDraft) -> str:
    """What the machine said, kept on the claim even after a person edits it, so that
    re-extraction recognises the figure a person already decided on."""
    start = draft.mentions[0].start if draft.mentions else ""
    figure = draft.count if draft.count is not None else f"{draft.low}-{draft.high}"
    return f"{draft.outcome}:{draft.group}:{figure}:{start}"


def claim_create_from_draft(*, article: Article, draft: ClaimDraft) -> Claim:
    first = draft.mentions[0] if draft.mentions else None
    period = draft.period or (None, None)
    claim = Claim.objects.create(
        article=article,
        outcome=draft.outcome,
        group=draft.group,
        affiliation=(draft.affiliation or "")[:200],
        count=draft.count,
        qualifier=draft.qualifier,
        low=draft.low,
        high=draft.high,
        perpetrator=entity_resolve(model=Actor, name=draft.perpetrator),
        cause=(draft.cause or "")[:60],
        claimant=entity_resolve(model=Claimant, name=draft.claimant),
        place=place_resolve(ref=draft.place),
        location=(draft.location or "")[:200],
        period_start=period[0],
        period_end=period[1],
        hedged=draft.hedged,
        confidence=min(max(draft.confidence, 0.0), 1.0),
        machine_key=draft_key(draft),
        quote=draft.quote,
        sentence=first.sentence if first else "",
        span_start=first.start if first else None,
        span_end=first.end if first else None,
    )
    Mention.objects.bulk_create(
        Mention(
            claim=claim,
            sentence=m.sentence,
            sentence_start=m.sentence_start,
            sentence_end=m.sentence_end,
            start=m.start,
            end=m.end,
        )  # fmt: skip
        for m in draft.mentions
    )
    return claim


_NOT_WORD = re.compile(r"[^\w\s]")


def name_key(name: str) -> str:
    """The form names are matched on: "The Syrian Observatory..." == "syrian observatory..."."""
    key = _NOT_WORD.sub(" ", name.lower())
    key = re.sub(r"^\s*the\s+", "", key)
    return re.sub(r"\s+", " ", key).strip()


def entity_resolve(*, model: type[Entity], name: str | None) -> Entity | None:
    """The stored entity a name stands for, found by its name or an alias, else created."""
    if not name or not name.strip():
        return None
    key = name_key(name)[:200]
    entity = model.objects.filter(key=key).first()
    if entity is None:
        entity = _entity_by_alias(model=model, key=key)
    if entity is None:
        entity, _ = model.objects.get_or_create(key=key, defaults={"name": name.strip()[:200]})
    return entity


def _entity_by_alias(*, model: type[Entity], key: str) -> Entity | None:
    # Aliases are few per entity and entities few per kind, so a scan beats a JSON lookup
    # that SQLite cannot index anyway.
    for entity in model.objects.exclude(aliases=[]).only("pk", "aliases", "name", "key"):
        if key in {name_key(alias) for alias in entity.aliases}:
            return entity
    return None


def place_resolve(*, ref: PlaceRef | None) -> Place | None:
    if ref is None:
        return None
    if ref.geonameid:
        place = Place.objects.filter(geonameid=ref.geonameid).first()
        if place:
            return place
    place = entity_resolve(model=Place, name=ref.name)
    changed = False
    if ref.geonameid and place.geonameid is None:
        if not Place.objects.filter(geonameid=ref.geonameid).exists():
            place.geonameid, changed = ref.geonameid, True
    if ref.kind and place.kind == Place.Kind.OTHER:
        place.kind, changed = ref.kind, True
    if ref.country_code and not place.country_code:
        place.country_code, changed = ref.country_code, True
    if place.parent_id is None and place.kind != Place.Kind.COUNTRY and place.country_code:
        country = Place.objects.filter(kind=Place.Kind.COUNTRY, country_code=place.country_code)
        place.parent, changed = country.first(), True
    if changed:
        place.save()
    if place.kind == Place.Kind.COUNTRY:
        # A country resolved after its cities: attach the orphans now.
        Place.objects.filter(country_code=place.country_code, parent__isnull=True).exclude(
            pk=place.pk
        ).update(parent=place)
    return place


def claim_review(*, claim: Claim, changed_fields: list[str], user_decision: str | None) -> Claim:
    """Record a person's decision on a claim. A person's word outranks the machine's: a
    changed figure becomes "edited" and is no longer replaced by re-extraction."""
    if user_decision:
        claim.review = user_decision
    elif claim.review == Claim.Review.EXTRACTED and set(changed_fields) & set(FIGURE_FIELDS):
        claim.review = Claim.Review.EDITED
    with transaction.atomic():
        claim.full_clean()
        claim.save()
        rollups.refresh_request()
    return claim


def claims_delete(*, claims) -> int:
    """Delete claims (admin): the totals are recounted once the deletion commits."""
    with transaction.atomic():
        deleted, _ = Claim.objects.filter(pk__in=[c.pk for c in claims]).delete()
        rollups.refresh_request()
    return deleted


def articles_delete(*, articles) -> int:
    """Delete articles with their claims (admin): the totals are recounted after commit."""
    with transaction.atomic():
        deleted, _ = Article.objects.filter(pk__in=[a.pk for a in articles]).delete()
        rollups.refresh_request()
    return deleted
