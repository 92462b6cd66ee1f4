"""Reads: the claims that count, and the de-duplicated totals the dashboard and API show.

The counting rules themselves live in counting.py; this module turns stored claims into
figures and shapes the results (Chart.js: labels plus aligned datasets).
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.core.paginator import Page, Paginator
from django.db.models import Case, CharField, F, Max, Min, QuerySet, Value, When, Window
from django.db.models.functions import Cast, Coalesce, Lower, NullIf, RowNumber, TruncDate
from django.http import QueryDict

from reports import counting, rollups
from reports.extraction.taxonomy import GROUPS, OUTCOMES
from reports.filters import ClaimFilter
from reports.models import Actor, Article, Claim, Mention, Place

BUCKETS = ("day", "month", "year")


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


@dataclass
class Totals:
    totals: dict[str, float]
    ranges: dict[str, dict]
    by_claimant: dict[str, dict[str, float]]

    def rows(self) -> list[dict]:
        """One row per group with a figure: the range, and whether claimants disagree."""
        return [{"group": g, "label": g.replace("_", " "), "value": v, **self.ranges[g],
                 "disagree": self.ranges[g]["low"] != self.ranges[g]["high"]}
                for g, v in self.totals.items()]  # fmt: skip


Roots = dict[str, dict[str, list[counting.Node]]]  # claimant -> group -> rule 3 roots


def roots_compute(*, claims: QuerySet[Claim]) -> Roots:
    """Rules 1-4 once for a set of claims: per claimant and group, the figures that add up."""
    return roots_from_figures(figures_current(claims=claims))


def roots_from_figures(figures: list[counting.Figure]) -> Roots:
    per_claimant = _by_claimant(figures)
    return {key: counting.claimant_roots(figs, GROUPS) for key, figs in per_claimant.items()}


def totals_from_figures(per_claimant: dict[str, list[counting.Figure]],
                        groups: tuple[str, ...] = GROUPS) -> Totals:  # fmt: skip
    roots = {key: counting.claimant_roots(figs, groups) for key, figs in per_claimant.items()}
    return totals_from_roots(roots, groups)


def totals_from_roots(roots: Roots, groups: tuple[str, ...] = GROUPS) -> Totals:
    labels = claimant_labels(roots.keys())
    by_claimant = {
        labels[key]: {g: sum(root.value() for root in by_group[g]) for g in groups}
        for key, by_group in roots.items()
    }
    totals, ranges = {}, {}
    for group in groups:
        values = sorted((v[group], name) for name, v in by_claimant.items() if v[group] > 0)
        if not values:
            continue
        totals[group] = values[-1][0]
        ranges[group] = {"low": values[0][0], "low_claimant": values[0][1],
                         "high": values[-1][0], "high_claimant": values[-1][1],
                         "claimants": len(values)}  # fmt: skip
    return Totals(totals=totals, ranges=ranges, by_claimant=by_claimant)


def totals_compute(*, claims: QuerySet[Claim], groups: tuple[str, ...] = GROUPS) -> Totals:
    """Per group: each claimant's total (rules 1-4), and the range across claimants (rule 2).
    `totals` holds the highest claimant's figure; `ranges` names who claims each end."""
    return totals_from_roots(roots_compute(claims=claims), groups)


def series_compute(*, claims: QuerySet[Claim], bucket: str, start: date | None = None,
                   end: date | None = None) -> dict:  # fmt: skip
    """Totals per group per bucket (rule 5 spread), in Chart.js's shape."""
    return series_from_roots(roots_compute(claims=claims), bucket, start, end)


def overview_compute(
    *, claims: QuerySet[Claim], groups: tuple[str, ...], bucket: str,
    start: date | None = None, end: date | None = None,
) -> tuple[Totals, dict]:  # fmt: skip
    """The overview's totals and series from one pass over the claims."""
    roots = roots_compute(claims=claims)
    return totals_from_roots(roots, groups), series_from_roots(roots, bucket, start, end)


def series_from_roots(roots: Roots, bucket: str, start: date | None = None,
                      end: date | None = None) -> dict:  # fmt: skip
    """Within a claimant the figures that make up a group's total are spread over buckets;
    across claimants each bucket shows the highest claimant's value, never a sum (rule 2)."""
    # (group, bucket) -> claimant -> value
    cells: dict[tuple[str, date], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    spread_cells, publication_cells = set(), set()
    for claimant, by_group in roots.items():
        for group in GROUPS:
            for leaf in (leaf for root in by_group[group] for leaf in root.leaves()):
                shares = counting.spread(leaf, bucket)
                for day, value in shares.items():
                    cells[(group, day)][claimant] += value
                    if len(shares) > 1:
                        spread_cells.add((group, day))
                    if leaf.dated_by_publication:
                        publication_cells.add((group, day))
    buckets = _buckets_within(sorted({day for _, day in cells}), bucket, start, end)
    # Stacked bars must not stack a group on its own subgroups: each bar shows, for the
    # claimant with the highest overall figure in that bucket, what each group adds beyond
    # its subgroups ("civilians" = civilians not reported as children, women or men).
    children = {g: [c for c in GROUPS if counting.group_parent(c) == g] for g in GROUPS}
    leaders = [max(cells[("people", d)].items(), key=lambda kv: kv[1], default=(None, 0))[0]
               for d in buckets]  # fmt: skip
    datasets = []
    for group in GROUPS:
        data = []
        for day, leader in zip(buckets, leaders, strict=True):
            own = cells[(group, day)].get(leader, 0)
            inner = sum(cells[(c, day)].get(leader, 0) for c in children[group])
            data.append(round(max(own - inner, 0), 1))
        if any(data):
            label = group.replace("_", " ")
            datasets.append({
                "key": group, "label": f"{label} (unspecified)" if children[group] else label,
                "data": data,
                "spread": [(group, d) in spread_cells for d in buckets],
                "dated_by_publication": [(group, d) in publication_cells for d in buckets],
            })  # fmt: skip
    labels_by_key = claimant_labels([c for c in leaders if c])
    return {
        "bucket": bucket, "labels": [_bucket_label(d, bucket) for d in buckets],
        "datasets": datasets,
        "claimants": [labels_by_key.get(c, "") for c in leaders],
    }  # fmt: skip


def _bucket_label(day: date, bucket: str) -> str:
    if bucket == "year":
        return str(day.year)
    if bucket == "month":
        return day.strftime("%Y-%m")
    return day.isoformat()


def articles_latest(*, limit: int = 10) -> QuerySet[Article]:
    return Article.objects.order_by("-created_at").only(
        "pk", "title", "outlet", "published", "status", "created_at", "is_demo"
    )[:limit]


def _buckets_within(buckets: list[date], bucket: str, start: date | None,
                    end: date | None) -> list[date]:  # fmt: skip
    """The buckets that overlap the date filter: a spread figure's share outside it is not
    drawn."""
    return [b for b in buckets
            if (start is None or counting.bucket_end(b, bucket) >= start)
            and (end is None or b <= end)]  # fmt: skip


def groups_shown(*, group: str | None) -> tuple[str, ...]:
    """The groups a filtered view reports: the chosen group and its subgroups, or all."""
    if not group:
        return GROUPS
    inside = counting.subtree(group)
    return tuple(g for g in GROUPS if g in inside)


@dataclass
class Scope:
    """What one filtered request reads: the claims, the outcome, groups, period and bucket."""

    filterset: ClaimFilter
    claims: QuerySet[Claim]
    outcome: str
    groups: tuple[str, ...]
    start: date | None
    end: date | None
    bucket: str
    bucket_auto: bool
    # Only an outcome is chosen: the pre-computed rollups (reports/rollups.py) can answer.
    covered: bool = False
    # Set when an answer came from a rollup: {"stale": bool, "computed_at": iso time}.
    freshness: dict | None = None

    def served(self, kind: str) -> "rollups.Served | None":
        if not self.covered:
            return None
        found = rollups.serve(outcome=self.outcome, kind=kind)
        if found is not None:
            self.freshness = found.freshness()
        return found


def scope_from_params(*, params: QueryDict) -> Scope:
    """Filters from the GET parameters, plus the chart bucket: the one asked for, or chosen
    from the span the claims cover (bucket_choose)."""
    filterset, claims = claims_filtered(params=params)
    valid = filterset.is_bound and filterset.is_valid()
    data = filterset.form.cleaned_data if valid else {}
    start, end = data.get("date_from"), data.get("date_to")
    bucket = params.get("bucket")
    auto = bucket not in BUCKETS
    scope = Scope(filterset=filterset, claims=claims, outcome=data.get("outcome") or "killed",
                  groups=groups_shown(group=data.get("group")), start=start, end=end,
                  bucket=bucket, bucket_auto=auto,
                  covered=valid and all(v in (None, "") for k, v in data.items()
                                        if k != "outcome"))  # fmt: skip
    if auto:
        served = scope.served("totals")
        first, last = rollups.span_of(served) if served else claims_span(claims=claims)
        scope.bucket = bucket_choose(first=max(filter(None, [first, start]), default=None),
                                     last=min(filter(None, [last, end]), default=None))  # fmt: skip
    return scope


# --- Answers for a request: the rollup when it covers the scope, else computed live ---


def _totals_of(served: "rollups.Served") -> Totals:
    p = served.payload
    return Totals(totals=p["totals"], ranges=p["ranges"], by_claimant=p["by_claimant"])


def totals_for(scope: Scope) -> Totals:
    if served := scope.served("totals"):
        return _totals_of(served)
    return totals_compute(claims=scope.claims, groups=scope.groups)


def series_for(scope: Scope) -> dict:
    if served := scope.served(f"series:{scope.bucket}"):
        return served.payload
    return series_compute(claims=scope.claims, bucket=scope.bucket, start=scope.start,
                          end=scope.end)  # fmt: skip


def overview_for(scope: Scope) -> tuple[Totals, dict]:
    if served := scope.served("totals"):
        return _totals_of(served), series_for(scope)
    return overview_compute(claims=scope.claims, groups=scope.groups, bucket=scope.bucket,
                            start=scope.start, end=scope.end)  # fmt: skip


def claimants_for(scope: Scope) -> dict:
    group = scope.groups[0]
    if group == "people" and (served := scope.served(f"claimants:{scope.bucket}")):
        return served.payload
    return claimants_series(claims=scope.claims, bucket=scope.bucket, group=group,
                            start=scope.start, end=scope.end)  # fmt: skip


def claimants_page_for(scope: Scope) -> tuple[dict, Totals]:
    """The claimants page: one line per claimant and every claimant's totals."""
    if served := scope.served("totals"):
        return claimants_for(scope), _totals_of(served)
    roots = roots_compute(claims=scope.claims)
    series = claimants_from_roots(roots, scope.bucket, scope.groups[0], scope.start, scope.end)
    return series, totals_from_roots(roots, scope.groups)


def breakdown_for(scope: Scope, *, by: str) -> list[dict]:
    if served := scope.served(f"breakdown:{by}"):
        return served.payload
    return breakdown_compute(claims=scope.claims, by=by)


def claims_span(*, claims: QuerySet[Claim]) -> tuple[date | None, date | None]:
    """The first and last day the claims' periods (or publication dates) cover."""
    published = _published()
    span = claims.order_by().aggregate(
        first=Min(Coalesce("period_start", published)), last=Max(Coalesce("period_end", published))
    )
    return span["first"], span["last"]


def bucket_choose(*, first: date | None, last: date | None) -> str:
    """Day for up to about two months, month for up to about three years, else year."""
    if first is None or last is None:
        return "year"
    days = (last - first).days + 1
    if days <= 62:
        return "day"
    if days <= 3 * 366:
        return "month"
    return "year"


def claimants_series(*, claims: QuerySet[Claim], bucket: str, group: str = "people",
                     start: date | None = None, end: date | None = None) -> dict:  # fmt: skip
    """One dataset per claimant (its total for `group` per bucket, rules 1-5), and per bucket
    the low-high range across claimants with the names at each end (rule 2). Chart.js shape."""
    roots = roots_compute(claims=claims)
    return claimants_from_roots(roots, bucket, group, start, end)


def claimants_from_roots(roots: Roots, bucket: str, group: str = "people",
                         start: date | None = None, end: date | None = None) -> dict:  # fmt: skip
    labels = claimant_labels(roots.keys())
    cells: dict[str, dict[date, float]] = {}
    for key, by_group in roots.items():
        row: dict[date, float] = defaultdict(float)
        for leaf in (leaf for root in by_group[group] for leaf in root.leaves()):
            for day, value in counting.spread(leaf, bucket).items():
                row[day] += value
        if row:
            cells[labels[key]] = row
    buckets = _buckets_within(sorted({d for row in cells.values() for d in row}), bucket,
                              start, end)  # fmt: skip
    names = sorted(cells, key=lambda n: -sum(cells[n].values()))
    datasets = [{"label": name, "data": [round(cells[name].get(d, 0), 1) if d in cells[name]
                                         else None for d in buckets]}
                for name in names]  # fmt: skip
    low, high, low_by, high_by = [], [], [], []
    for d in buckets:
        values = sorted((cells[n][d], n) for n in names if cells[n].get(d))
        low.append(round(values[0][0], 1) if values else None)
        high.append(round(values[-1][0], 1) if values else None)
        low_by.append(values[0][1] if values else "")
        high_by.append(values[-1][1] if values else "")
    return {"bucket": bucket, "group": group, "labels": [_bucket_label(d, bucket) for d in buckets],
            "datasets": datasets, "range": {"low": low, "high": high, "low_claimant": low_by,
                                            "high_claimant": high_by}}  # fmt: skip


def breakdown_compute(*, claims: QuerySet[Claim], by: str, limit: int = 50) -> list[dict]:
    """Totals (rules 1-4, range across claimants) per perpetrator or per place.

    A place's row counts the figures in it and in every place inside it; figures that name no
    perpetrator or place get their own row: they may overlap the named ones, so the rows are
    never added up."""
    return breakdown_from_figures(figures_current(claims=claims), by=by, limit=limit)


def breakdown_from_figures(figures: list[counting.Figure], *, by: str,
                           limit: int = 50) -> list[dict]:  # fmt: skip
    if by == "perpetrator":
        names = dict(Actor.objects.values_list("pk", "name"))
        keys_of = lambda fig: [fig.perpetrator]  # noqa: E731
    else:
        names = dict(Place.objects.values_list("pk", "name"))
        paths = _place_paths()
        keys_of = lambda fig: list(fig.place_path) or [None]  # noqa: E731
    subsets: dict[int | None, list[counting.Figure]] = defaultdict(list)
    for fig in figures:
        for key in keys_of(fig):
            subsets[key].append(fig)
    rows = []
    for key, figs in subsets.items():
        result = totals_from_figures(_by_claimant(figs), ("people", "civilians", "combatants"))
        if "people" not in result.totals:
            continue
        within = [names[p] for p in paths.get(key, ())[1:]] if by == "place" and key else []
        rows.append({"id": key, "name": names.get(key, "not stated") if key else "not stated",
                     "within": ", ".join(within),
                     "figures": len(figs), "totals": result.totals, "ranges": result.ranges,
                     "people": result.ranges["people"]})  # fmt: skip
    rows.sort(key=lambda r: (r["id"] is None, -r["totals"]["people"]))
    return rows[:limit]


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
