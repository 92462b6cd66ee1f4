"""What a request asks for (filters from the URL) and its answers: the pre-computed rollup
when it covers the request, else computed live."""

from dataclasses import dataclass
from datetime import date

from django.db.models import QuerySet
from django.http import QueryDict

from reports import rollups
from reports.filters import ClaimFilter
from reports.models import Claim
from reports.selectors.figures import claims_filtered, claims_span
from reports.selectors.totals import (
    Totals,
    breakdown_compute,
    bucket_choose,
    claimants_from_roots,
    claimants_series,
    groups_shown,
    overview_compute,
    roots_compute,
    series_compute,
    totals_compute,
    totals_from_roots,
)

BUCKETS = ("day", "month", "year")


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
