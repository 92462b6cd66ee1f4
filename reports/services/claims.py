"""Claims: created from the extractor's drafts, reviewed by people, deleted."""

from django.db import transaction

from reports import rollups
from reports.extraction import ClaimDraft
from reports.models import Actor, Article, Claim, Claimant, Mention
from reports.services.entities import entity_resolve, place_resolve

# Fields a person may change on a claim; changing any of them makes it "edited".
FIGURE_FIELDS = (
    "outcome", "group", "affiliation", "count", "qualifier", "low", "high", "perpetrator",
    "cause", "claimant", "place", "location", "period_start", "period_end", "hedged",
)  # fmt: skip


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
