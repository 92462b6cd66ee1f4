"""Reads: the claims that count, and the de-duplicated totals the dashboard and API show.

The counting rules live in counting.py; these modules load claims into figures and shape
the answers. Everything is re-exported here: callers write `selectors.totals_for(...)`.
"""

from reports.extraction.taxonomy import GROUPS, OUTCOMES
from reports.selectors.figures import (
    claimant_labels,
    claims_counted,
    claims_filtered,
    claims_span,
    figures_current,
    figures_from_claims,
)
from reports.selectors.listing import (
    CLAIM_SORTS,
    article_segments,
    articles_latest,
    claim_history,
    claims_page,
    period_label,
)
from reports.selectors.scope import (
    BUCKETS,
    Scope,
    breakdown_for,
    claimants_for,
    claimants_page_for,
    overview_for,
    scope_from_params,
    series_for,
    totals_for,
)
from reports.selectors.totals import (
    Roots,
    Totals,
    breakdown_compute,
    breakdown_from_figures,
    bucket_choose,
    claimants_from_roots,
    claimants_series,
    groups_shown,
    overview_compute,
    roots_compute,
    roots_from_figures,
    series_compute,
    series_from_roots,
    totals_compute,
    totals_from_figures,
    totals_from_roots,
)

__all__ = [
    "GROUPS",
    "OUTCOMES",
    "BUCKETS",
    "CLAIM_SORTS",
    "Roots",
    "Scope",
    "Totals",
    "article_segments",
    "articles_latest",
    "breakdown_compute",
    "breakdown_for",
    "breakdown_from_figures",
    "bucket_choose",
    "claim_history",
    "claimant_labels",
    "claimants_for",
    "claimants_from_roots",
    "claimants_page_for",
    "claimants_series",
    "claims_counted",
    "claims_filtered",
    "claims_page",
    "claims_span",
    "figures_current",
    "figures_from_claims",
    "groups_shown",
    "overview_compute",
    "overview_for",
    "period_label",
    "roots_compute",
    "roots_from_figures",
    "scope_from_params",
    "series_compute",
    "series_for",
    "series_from_roots",
    "totals_compute",
    "totals_for",
    "totals_from_figures",
    "totals_from_roots",
]
