"""Reads: the claims that count, and the de-duplicated totals the dashboard and API show.

The counting rules themselves live in counting.py; this module turns stored claims into
figures and shapes the results (Chart.js: labels plus aligned datasets).
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.db.models import QuerySet

from reports import counting
from reports.extraction.taxonomy import GROUPS
from reports.models import Article, Claim, Place


def claims_counted(*, outcome: str | None = None) -> QuerySet[Claim]:
    """Claims that count: never the rejected ones (rule 6), and only stated figures: a vague
    amount ("tens of thousands") is a range nobody claimed a number for, so it is listed with
    the claims but never added into a total."""
    qs = Claim.objects.exclude(review=Claim.Review.REJECTED).filter(count__isnull=False)
    if outcome:
        qs = qs.filter(outcome=outcome)
    return qs


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


def totals_compute(*, claims: QuerySet[Claim]) -> Totals:
    """Per group: each claimant's total (rules 1-4), and the range across claimants (rule 2).
    `totals` holds the highest claimant's figure; `ranges` names who claims each end."""
    per_claimant = counting.current_figures(figures_from_claims(claims))
    labels = claimant_labels(per_claimant.keys())
    by_claimant = {
        labels[key]: {g: counting.claimant_total(figs, g) for g in GROUPS}
        for key, figs in per_claimant.items()
    }
    totals, ranges = {}, {}
    for group in GROUPS:
        values = sorted((v[group], name) for name, v in by_claimant.items() if v[group] > 0)
        if not values:
            continue
        totals[group] = values[-1][0]
        ranges[group] = {"low": values[0][0], "low_claimant": values[0][1],
                         "high": values[-1][0], "high_claimant": values[-1][1]}  # fmt: skip
    return Totals(totals=totals, ranges=ranges, by_claimant=by_claimant)


def series_compute(*, claims: QuerySet[Claim], bucket: str) -> dict:
    """Totals per group per bucket (rule 5 spread), in Chart.js's shape.

    Within a claimant the figures that make up a group's total are spread over buckets; across
    claimants each bucket shows the highest claimant's value, never a sum (rule 2).
    """
    per_claimant = counting.current_figures(figures_from_claims(claims))
    # (group, bucket) -> claimant -> value
    cells: dict[tuple[str, date], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    spread_cells, publication_cells = set(), set()
    for claimant, figs in per_claimant.items():
        for group in GROUPS:
            for leaf in counting.claimant_leaves(figs, group):
                shares = counting.spread(leaf, bucket)
                for day, value in shares.items():
                    cells[(group, day)][claimant] += value
                    if len(shares) > 1:
                        spread_cells.add((group, day))
                    if leaf.dated_by_publication:
                        publication_cells.add((group, day))
    buckets = sorted({day for _, day in cells})
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
