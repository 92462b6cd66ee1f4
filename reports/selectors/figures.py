"""Claims that count, turned into `counting.Figure`s: rules 1 and 4 applied in SQL where
they can be, so Python only sees one figure per distinct scope."""

from collections import defaultdict
from datetime import date

from django.db.models import Case, CharField, F, Max, Min, QuerySet, Value, When, Window
from django.db.models.functions import Cast, Coalesce, Lower, NullIf, RowNumber, TruncDate
from django.http import QueryDict

from reports import counting
from reports.extraction.taxonomy import OUTCOMES
from reports.filters import ClaimFilter
from reports.models import Claim, Place


def claims_counted(*, outcome: str | None = None) -> QuerySet[Claim]:
    """Claims that count: never the rejected ones (rule 6), and only stated figures: a vague
    amount ("tens of thousands") is a range nobody claimed a number for, so it is listed with
    the claims but never added into a total."""
    qs = Claim.objects.exclude(review=Claim.Review.REJECTED).filter(count__isnull=False)
    if outcome:
        qs = qs.filter(outcome=outcome)
    return qs


def claims_filtered(
    *, params: QueryDict, counted: bool = True, outcome_default: str | None = "killed"
) -> tuple[ClaimFilter, QuerySet[Claim]]:
    """The claims the GET filters select. Totals need one outcome, so pages and the totals API
    default it to killed; `counted` leaves out rejected claims (rule 6)."""
    data = params.copy()
    if outcome_default and data.get("outcome") not in OUTCOMES:
        data["outcome"] = outcome_default
    base = claims_counted() if counted else Claim.objects.all()
    filterset = ClaimFilter(data, queryset=base)
    if not filterset.is_valid():
        return filterset, base.none()
    return filterset, filterset.qs


def _place_paths() -> dict[int, tuple[int, ...]]:
    parents = dict(Place.objects.values_list("pk", "parent_id"))
    paths = {}
    for pk in parents:
        path, cursor = [], pk
        while cursor is not None and cursor not in path:
            path.append(cursor)
            cursor = parents.get(cursor)
        paths[pk] = tuple(path)
    return paths


def figures_from_claims(claims: QuerySet[Claim]) -> list[counting.Figure]:
    paths = _place_paths()
    rows = claims.values_list(
        "pk", "article_id", "article__published", "article__created_at", "article__outlet",
        "claimant_id", "outcome", "group", "count", "low", "affiliation", "perpetrator_id",
        "place_id", "period_start", "period_end", "span_start",
    )  # fmt: skip
    figures = []
    for (pk, article_id, published, created, outlet, claimant_id, outcome, group, count, low,
         affiliation, perpetrator_id, place_id, start, end, span_start) in rows:  # fmt: skip
        # No claimant means the outlet's own reporting: the outlet is the claimant.
        claimant = f"c{claimant_id}" if claimant_id else f"outlet:{outlet or article_id}"
        figures.append(counting.Figure(
            claim_id=pk, article_id=article_id, published=published or created.date(),
            claimant=claimant, outcome=outcome, group=group,
            value=count if count is not None else low, affiliation=affiliation,
            perpetrator=perpetrator_id, place_path=paths.get(place_id, ()) if place_id else (),
            start=start, end=end, order=span_start or 0,
        ))  # fmt: skip
    return figures


def _published():
    return Coalesce("article__published", TruncDate("article__created_at"))


def figures_current(*, claims: QuerySet[Claim]) -> list[counting.Figure]:
    """Rules 1 and 4 in SQL: per scope, only the latest citation's figure (a window function
    partitioned by the scope), so Python only sees one figure per distinct scope. Gives the
    same figures as counting.current_figures(figures_from_claims(...)), without the history."""
    published = _published()
    own = Case(
        When(claimant__isnull=True, then=Coalesce(
            NullIf("article__outlet", Value("")), Cast("article_id", CharField()))),
        default=Value(""), output_field=CharField(),
    )  # fmt: skip
    scope = [F("claimant_id"), own, F("outcome"), F("group"), Lower("affiliation"),
             F("perpetrator_id"), F("place_id"), Coalesce("period_start", published),
             Coalesce("period_end", published)]  # fmt: skip
    latest = Window(
        RowNumber(), partition_by=scope,
        order_by=[published.desc(), F("article_id").desc(), F("span_start").desc(nulls_last=True),
                  F("pk").desc()],
    )  # fmt: skip
    rows = (
        claims.order_by()
        .annotate(pub=published, own=own, rn=latest)
        .filter(rn=1)
        .values_list("pk", "article_id", "pub", "own", "claimant_id", "outcome", "group",
                     "count", "low", "affiliation", "perpetrator_id", "place_id",
                     "period_start", "period_end", "span_start")
    )  # fmt: skip
    paths = _place_paths()
    return [
        counting.Figure(
            claim_id=pk,
            article_id=article_id,
            published=pub,
            claimant=f"c{claimant_id}" if claimant_id else f"outlet:{own_key}",
            outcome=outcome,
            group=group,
            value=count if count is not None else low,
            affiliation=affiliation,
            perpetrator=perpetrator_id,
            place_path=paths.get(place_id, ()) if place_id else (),
            start=start,
            end=end,
            order=span_start or 0,
            article_ids=(article_id,),
        )  # fmt: skip
        for (
            pk,
            article_id,
            pub,
            own_key,
            claimant_id,
            outcome,
            group,
            count,
            low,
            affiliation,
            perpetrator_id,
            place_id,
            start,
            end,
            span_start,
        ) in rows
    ]


def _by_claimant(figures: list[counting.Figure]) -> dict[str, list[counting.Figure]]:
    per: dict[str, list[counting.Figure]] = defaultdict(list)
    for fig in figures:
        per[fig.claimant].append(fig)
    return per


def claimant_labels(keys) -> dict[str, str]:
    from reports.models import Claimant

    ids = [int(k[1:]) for k in keys if k.startswith("c")]
    names = dict(Claimant.objects.filter(pk__in=ids).values_list("pk", "name"))
    labels = {}
    for key in keys:
        if key.startswith("c"):
            labels[key] = names.get(int(key[1:]), key)
        else:
            labels[key] = f"{key.split(':', 1)[1]} (own reporting)"
    return labels


def claims_span(*, claims: QuerySet[Claim]) -> tuple[date | None, date | None]:
    """The first and last day the claims' periods (or publication dates) cover."""
    published = _published()
    span = claims.order_by().aggregate(
        first=Min(Coalesce("period_start", published)), last=Max(Coalesce("period_end", published))
    )
    return span["first"], span["last"]
