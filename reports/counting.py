"""The counting rules of DOMAIN.md, on plain figures: no ORM, so each rule is testable alone.

selectors/ loads claims into `Figure`s and calls these. The steps, in order:
1. `figures_merge`: the same figure from the same claimant for the same scope, cited by several
   articles, is one figure listing every article (rule 1).
2. `figures_revise`: several figures from one claimant for the same scope are one toll revised;
   the latest article's figure stands and the others become its history (rule 4).
3. `claimant_total`: within one claimant, a figure whose scope contains others is not added to
   them: its value is max(own, sum of what it contains) (rule 3). Claimants are never added
   together (rule 2): totals are per claimant and the caller shows the range.
4. `spread`: a figure's value is spread over the buckets its period overlaps, in proportion to
   its days in each (rule 5); a figure with no period sits on its article's publication date.
Rejected claims never reach this module (rule 6).
"""

import calendar
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache

from reports.extraction.taxonomy import GROUP_PARENT, GROUPS, ancestors


@dataclass(frozen=True, slots=True)
class Figure:
    claim_id: int
    article_id: int
    published: date  # the citing article's date: orders revisions, dates undated figures
    claimant: str  # a stable key; the outlet's own reporting is keyed by the outlet
    outcome: str
    group: str
    value: int
    affiliation: str = ""
    perpetrator: int | None = None
    place_path: tuple[int, ...] = ()  # the place first, then the places containing it
    start: date | None = None
    end: date | None = None
    order: int = 0  # position in the article: a later mention of a toll is the newer one
    article_ids: tuple[int, ...] = ()
    history: tuple["Figure", ...] = field(default=(), compare=False)

    @property
    def dated_by_publication(self) -> bool:
        return self.start is None

    @property
    def period(self) -> tuple[date, date]:
        if self.start is None:
            return (self.published, self.published)
        return (self.start, self.end)

    def scope(self) -> tuple:
        place = self.place_path[0] if self.place_path else None
        return (self.claimant, self.outcome, self.group, self.affiliation.lower(),
                self.perpetrator, place, self.period)  # fmt: skip


def figures_merge(figures: list[Figure]) -> list[Figure]:
    """Rule 1: one figure per (scope, value), citing every article that states it."""
    merged: dict[tuple, Figure] = {}
    for fig in sorted(figures, key=lambda f: (f.published, f.article_id, f.order)):
        key = (*fig.scope(), fig.value)
        first = merged.get(key)
        if first is None:
            merged[key] = replace(fig, article_ids=(fig.article_id,))
        else:
            # The latest citation dates the figure, so a later revision can still win; a
            # repeat later in the same article is its latest mention there.
            ids = first.article_ids
            merged[key] = replace(
                first, article_ids=ids if fig.article_id in ids else (*ids, fig.article_id),
                published=fig.published, article_id=fig.article_id, order=fig.order,
            )  # fmt: skip
    return list(merged.values())


def figures_revise(figures: list[Figure]) -> list[Figure]:
    """Rule 4: per scope, the figure of the latest article stands; the rest is its history."""
    by_scope: dict[tuple, list[Figure]] = defaultdict(list)
    for fig in figures:
        by_scope[fig.scope()].append(fig)
    current = []
    for versions in by_scope.values():
        versions.sort(key=lambda f: (f.published, f.article_id, f.order))
        current.append(replace(versions[-1], history=tuple(versions[:-1])))
    return current


def _contains(a: Figure, b: Figure) -> bool:
    """Whether a's scope holds b's. A field a leaves unsaid (no perpetrator, no place) is the
    wider scope: counting such figures as containers errs towards never counting twice."""
    if a.group not in ancestors(b.group):
        return False
    if a.affiliation and a.affiliation.lower() != b.affiliation.lower():
        return False
    if a.perpetrator is not None and a.perpetrator != b.perpetrator:
        return False
    if a.place_path and a.place_path[0] not in b.place_path:
        return False
    (a_start, a_end), (b_start, b_end) = a.period, b.period
    return a_start <= b_start and b_end <= a_end


def _specificity(fig: Figure) -> tuple:
    start, end = fig.period
    return (len(ancestors(fig.group)), bool(fig.affiliation), fig.perpetrator is not None,
            len(fig.place_path), -(end - start).days)  # fmt: skip


def _overlaps(a: Figure, b: Figure) -> bool:
    """Whether the two scopes may share people: false only when some field tells them apart."""
    if a.group not in _ancestors(b.group) and b.group not in _ancestors(a.group):
        return False
    if a.affiliation and b.affiliation and a.affiliation.lower() != b.affiliation.lower():
        return False
    if a.perpetrator is not None and b.perpetrator is not None and a.perpetrator != b.perpetrator:
        return False
    if a.place_path and b.place_path:
        if a.place_path[0] not in b.place_path and b.place_path[0] not in a.place_path:
            return False
    (a_start, a_end), (b_start, b_end) = a.period, b.period
    return a_start <= b_end and b_start <= a_end


@dataclass
class Node:
    figure: Figure
    children: list["Node"] = field(default_factory=list)
    _value: float | None = field(default=None, repr=False)

    def value(self) -> float:
        if self._value is None:
            self._value = max(self.figure.value, sum(child.value() for child in self.children))
        return self._value

    def leaves(self) -> list[Figure]:
        """The figures that make up this node's value: its own, or what it contains."""
        if not self.children or self.figure.value >= sum(c.value() for c in self.children):
            return [self.figure]
        return [leaf for child in self.children for leaf in child.leaves()]


@cache
def _ancestors(group: str) -> frozenset[str]:
    return frozenset(ancestors(group))


def _best_containers(figures: list[Figure]) -> list[dict[str, int]]:
    """For each figure, per group on its chain up to people, the index of the most specific
    figure of exactly that group containing it (the first one on ties).

    Containers are looked up by the keys a container may have (an ancestor group, the same or
    no affiliation, the same or no perpetrator, one of the places holding the figure's or
    none), so the work grows with the figures, not with their square. The containment test
    is _contains, inlined on precomputed fields.
    """
    info = []
    index: dict[tuple, list[int]] = defaultdict(list)
    for i, fig in enumerate(figures):
        aff = fig.affiliation.lower()
        place = fig.place_path[0] if fig.place_path else None
        start, end = fig.period
        info.append((fig.scope(), start, end, _specificity(fig), aff))
        index[(fig.group, aff, fig.perpetrator, place)].append(i)
    best_by_level = []
    for i, fig in enumerate(figures):
        scope, start, end, _, aff = info[i]
        found: dict[str, int] = {}
        for group in ancestors(fig.group):
            best, best_rank = -1, None
            for c_aff in {"", aff}:
                for perp in {None, fig.perpetrator}:
                    for place in (None, *fig.place_path):
                        for j in index.get((group, c_aff, perp, place), ()):
                            o_scope, o_start, o_end, o_spec = info[j][:4]
                            if j == i or o_start > start or o_end < end or o_scope == scope:
                                continue
                            rank = (o_spec, -j)
                            if best_rank is None or rank > best_rank:
                                best, best_rank = j, rank
            if best >= 0:
                found[group] = best
        best_by_level.append(found)
    return best_by_level


def forests_build(figures: list[Figure], groups: tuple[str, ...]) -> dict[str, list[Node]]:
    """Per group: hang each figure of the group's subtree under the most specific figure of
    the subtree that contains it; return the roots. The containers are searched once for all
    groups: a container of a deeper group always ranks above one of a broader group
    (_specificity starts with the depth), so a group's parent for figure f is the best
    container at the deepest level of f's chain, no broader than the group, that has one."""
    best = _best_containers(figures)
    forests = {}
    for target in groups:
        inside = subtree(target)
        nodes = {i: Node(fig) for i, fig in enumerate(figures) if fig.group in inside}
        roots = []
        for i, node in nodes.items():
            parent = -1
            for group in ancestors(figures[i].group):
                if group in best[i]:
                    parent = best[i][group]
                    break
                if group == target:
                    break
            if parent >= 0:
                nodes[parent].children.append(node)
            else:
                roots.append(node)
        forests[target] = roots
    return forests


def forest_build(figures: list[Figure]) -> list[Node]:
    """Hang each figure under the most specific figure that contains it; return the roots."""
    return forests_build(figures, ("people",))["people"] if figures else []


def roots_disjoint(roots: list[Node]) -> list[Node]:
    """Rule 3, "only disjoint scopes add": of top-level figures that may overlap without one
    holding the other (two "past year" tolls a month apart, children in Aleppo and civilians
    killed by Russia), only a set of pairwise disjoint ones is added: greedily the largest
    first, so the total never counts the same people twice and is at least the largest."""
    order = sorted(range(len(roots)), key=lambda i: roots[i].figure.period[0])
    parent = list(range(len(roots)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Figures in different countries never overlap: the sweep compares a figure with the
    # still-open figures of its own country and those that name no place.
    active: dict[int | None, list[int]] = defaultdict(list)
    for i in order:
        fig = roots[i].figure
        start = fig.period[0]
        country = fig.place_path[-1] if fig.place_path else None
        for key in active if country is None else (country, None):
            if key not in active:
                continue
            open_ = [j for j in active[key] if roots[j].figure.period[1] >= start]
            active[key] = open_
            for j in open_:
                if _overlaps(fig, roots[j].figure):
                    parent[find(i)] = find(j)
        active[country].append(i)
    clusters: dict[int, list[Node]] = defaultdict(list)
    for i in range(len(roots)):
        clusters[find(i)].append(roots[i])
    kept = []
    for members in clusters.values():
        if len(members) == 1:
            kept.extend(members)
            continue
        chosen: list[Node] = []
        for node in sorted(members, key=lambda n: -n.value()):
            if all(not _overlaps(node.figure, c.figure) for c in chosen):
                chosen.append(node)
        kept.extend(chosen)
    return kept


@cache
def subtree(group: str) -> frozenset[str]:
    return frozenset(g for g in GROUPS if group in ancestors(g))


def claimant_roots(figures: list[Figure], groups: tuple[str, ...]) -> dict[str, list[Node]]:
    """Rule 3 per group: the nested figures whose values add up to the group's total.

    Sibling groups never share people, so a group's total is at least the sum of its
    subgroups' totals (people = max(own, civilians + combatants)): when the subgroups add up
    to more, their roots stand for the group. This keeps a group never below its subgroups
    even where roots_disjoint had to drop an overlapping figure."""
    forests = forests_build(figures, GROUPS)
    roots = {g: roots_disjoint(forests[g]) for g in GROUPS}
    for group in reversed(GROUPS):  # subgroups before their parents
        children = [c for c in GROUPS if GROUP_PARENT.get(c) == group]
        if not children:
            continue
        inner = [root for c in children for root in roots[c]]
        if sum(r.value() for r in inner) > sum(r.value() for r in roots[group]):
            roots[group] = inner
    return {g: roots[g] for g in groups}


def claimant_totals(figures: list[Figure], groups: tuple[str, ...]) -> dict[str, float]:
    """Rule 3: one claimant's total per group, its subgroups' figures included."""
    roots = claimant_roots(figures, groups)
    return {g: sum(root.value() for root in roots[g]) for g in groups}


def claimant_total(figures: list[Figure], group: str) -> float:
    return claimant_totals(figures, (group,))[group]


def claimant_leaves_by_group(figures: list[Figure],
                             groups: tuple[str, ...]) -> dict[str, list[Figure]]:  # fmt: skip
    """The figures that make up each group's total (what rule 5 spreads over buckets)."""
    roots = claimant_roots(figures, groups)
    return {g: [leaf for root in roots[g] for leaf in root.leaves()] for g in groups}


def claimant_leaves(figures: list[Figure], group: str) -> list[Figure]:
    return claimant_leaves_by_group(figures, (group,))[group]


def current_figures(figures: list[Figure]) -> dict[str, list[Figure]]:
    """Rules 1 and 4 applied, grouped by claimant."""
    per_claimant: dict[str, list[Figure]] = defaultdict(list)
    for fig in figures_revise(figures_merge(figures)):
        per_claimant[fig.claimant].append(fig)
    return per_claimant


# --- Rule 5: buckets ---


def bucket_start(day: date, bucket: str) -> date:
    if bucket == "year":
        return date(day.year, 1, 1)
    if bucket == "month":
        return day.replace(day=1)
    return day


def bucket_end(start: date, bucket: str) -> date:
    if bucket == "year":
        return date(start.year, 12, 31)
    if bucket == "month":
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    return start


def spread(fig: Figure, bucket: str) -> dict[date, float]:
    """Rule 5: the figure's value over the buckets its period overlaps, by inclusive days."""
    start, end = fig.period
    days = (end - start).days + 1
    shares: dict[date, float] = {}
    cursor = bucket_start(start, bucket)
    while cursor <= end:
        last = bucket_end(cursor, bucket)
        overlap = (min(last, end) - max(cursor, start)).days + 1
        shares[cursor] = fig.value * overlap / days
        cursor = last + timedelta(days=1)
    return shares


def group_parent(group: str) -> str | None:
    return GROUP_PARENT.get(group)
