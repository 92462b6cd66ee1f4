"""Totals, chart series and breakdowns from figures (the counting rules in counting.py),
shaped for Chart.js: labels plus aligned datasets."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.db.models import QuerySet

from reports import counting
from reports.extraction.taxonomy import GROUPS
from reports.models import Actor, Claim, Place
from reports.selectors.figures import _by_claimant, _place_paths, claimant_labels, figures_current


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


def _buckets_within(buckets: list[date], bucket: str, start: date | None,
                    end: date | None) -> list[date]:  # fmt: skip
    """The buckets that overlap the date filter: a spread figure's share outside it is not
    drawn."""
    return [b for b in buckets
            if (start is None or counting.bucket_end(b, bucket) >= start)
            and (end is None or b <= end)]  # fmt: skip


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


def groups_shown(*, group: str | None) -> tuple[str, ...]:
    """The groups a filtered view reports: the chosen group and its subgroups, or all."""
    if not group:
        return GROUPS
    inside = counting.subtree(group)
    return tuple(g for g in GROUPS if g in inside)
