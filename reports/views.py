from django.shortcuts import render

from reports import selectors
from reports.access import reports_page
from reports.api import BUCKETS, _choice
from reports.extraction.taxonomy import OUTCOMES


@reports_page
def dashboard(request):
    outcome = _choice(request.GET.get("outcome"), OUTCOMES, "killed")
    bucket = _choice(request.GET.get("bucket"), BUCKETS, "year")
    claims = selectors.claims_counted(outcome=outcome)
    totals = selectors.totals_compute(claims=claims)
    series = selectors.series_compute(claims=claims, bucket=bucket)
    return render(request, "reports/dashboard.html", {
        "outcome": outcome, "bucket": bucket, "outcomes": OUTCOMES, "buckets": BUCKETS,
        "totals": totals, "series": series, "articles": selectors.articles_latest(),
    })  # fmt: skip
