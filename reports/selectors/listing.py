"""Lists and pages of single items: latest articles, the claims table, an article cut into
highlighted pieces, a figure's revision history."""

from collections import defaultdict
from datetime import date

from django.core.paginator import Page, Paginator
from django.db.models import F, QuerySet

from reports.models import Article, Claim, Mention


def articles_latest(*, limit: int = 10) -> QuerySet[Article]:
    return Article.objects.order_by("-created_at").only(
        "pk", "title", "outlet", "published", "status", "created_at", "is_demo"
    )[:limit]


CLAIM_SORTS = {
    "published": "article__published",
    "figure": "count",
    "group": "group",
    "claimant": "claimant__name",
    "place": "place__name",
    "period": "period_start",
    "perpetrator": "perpetrator__name",
    "review": "review",
}


def claims_page(*, claims: QuerySet[Claim], sort: str = "-published", page: int | str = 1,
                per_page: int = 50) -> Page:  # fmt: skip
    """One page of the claims table, sorted by a known column ("-" for descending)."""
    field = CLAIM_SORTS.get(sort.lstrip("-"), "article__published")
    desc = sort.startswith("-")
    order = F(field).desc(nulls_last=True) if desc else F(field).asc(nulls_last=True)
    qs = claims.select_related("article", "claimant", "perpetrator", "place").only(
        "pk", "outcome", "group", "affiliation", "count", "qualifier", "low", "high", "cause",
        "location", "period_start", "period_end", "hedged", "review", "sentence",
        "article__id", "article__title", "article__outlet", "article__published",
        "article__filename", "claimant__name", "perpetrator__name", "place__name",
    ).order_by(order, "-pk")  # fmt: skip
    return Paginator(qs, per_page).get_page(page)


def article_segments(*, article: Article) -> list[dict]:
    """The article text cut into plain pieces and highlighted pieces, one per extracted figure
    (each Mention span, or the claim's own span when it has no mentions). The pieces are plain
    strings: the template escapes them, so the article text is never trusted as HTML."""
    text = article.text or ""
    spans: dict[tuple[int, int], list[Claim]] = defaultdict(list)
    claims = {c.pk: c for c in article.claims.select_related("claimant", "perpetrator", "place")}
    mentioned = set()
    for m in Mention.objects.filter(claim__article=article).order_by("start", "end"):
        spans[(m.start, m.end)].append(claims[m.claim_id])
        mentioned.add(m.claim_id)
    for claim in claims.values():
        if claim.pk not in mentioned and claim.span_start is not None and claim.span_end:
            spans[(claim.span_start, claim.span_end)].append(claim)
    # Spans may overlap ("killed 610 men, 402 children and 228 women" quotes each list item
    # from the verb): cut the text at every span boundary, so each piece is highlighted with
    # every claim whose span covers it and no claim is ever left unmarked.
    valid = {k: v for k, v in spans.items() if 0 <= k[0] < k[1] <= len(text)}
    cuts = sorted({0, len(text), *(pos for span in valid for pos in span)})
    segments: list[dict] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        found = [c for (a, b), cs in sorted(valid.items()) if a <= start and end <= b for c in cs]
        found = list(dict.fromkeys(found))
        if segments and [c.pk for c in segments[-1]["claims"]] == [c.pk for c in found]:
            segments[-1]["text"] += text[start:end]
        else:
            segments.append({"text": text[start:end], "claims": found})
    # Each claim's anchor (the table's link target) goes on the first piece it covers.
    anchored: set[int] = set()
    for segment in segments:
        segment["anchors"] = [c for c in segment["claims"] if c.pk not in anchored]
        anchored.update(c.pk for c in segment["claims"])
    return segments


def claim_history(*, claim: Claim) -> list[Claim]:
    """Rule 4: the same claimant's figures for the same scope, oldest first (this one among)."""
    published = claim.article.published
    qs = Claim.objects.filter(
        claimant_id=claim.claimant_id, outcome=claim.outcome, group=claim.group,
        affiliation__iexact=claim.affiliation, perpetrator_id=claim.perpetrator_id,
        place_id=claim.place_id, period_start=claim.period_start, period_end=claim.period_end,
    ).exclude(review=Claim.Review.REJECTED).select_related("article")  # fmt: skip
    if claim.claimant_id is None:
        qs = qs.filter(article__outlet=claim.article.outlet)
    if claim.period_start is None:
        qs = qs.filter(article__published=published)
    return sorted(qs, key=lambda c: (c.article.published or date.min, c.article_id,
                                     c.span_start or 0))  # fmt: skip


def period_label(start: date | None, end: date | None) -> str:
    if start is None:
        return ""
    return start.isoformat() if start == end else f"{start.isoformat()} to {end.isoformat()}"
