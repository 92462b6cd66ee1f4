"""Server-rendered pages: thin, every figure comes from selectors (the counting rules)."""

from django.http import HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render

from reports import exports, selectors
from reports.access import reports_page
from reports.models import Article


def _context(request, scope: selectors.Scope, **extra) -> dict:
    """What every page shows around its content: the filter form and links keeping it."""
    query = request.GET.copy()
    for key in ("page", "sort"):
        query.pop(key, None)
    without_bucket = query.copy()
    without_bucket.pop("bucket", None)
    return {"scope": scope, "form": scope.filterset.form, "query": query.urlencode(),
            "query_no_bucket": without_bucket.urlencode(), "buckets": selectors.BUCKETS,
            "filtered": any(v for k, v in query.items() if k not in ("outcome", "bucket")),
            "freshness": scope.freshness, **extra}  # fmt: skip


@reports_page
def dashboard(request):
    scope = selectors.scope_from_params(params=request.GET)
    totals, series = selectors.overview_for(scope)
    return render(request, "reports/dashboard.html", _context(
        request, scope, totals=totals, series=series, articles=selectors.articles_latest(),
    ))  # fmt: skip


@reports_page
def claimants(request):
    scope = selectors.scope_from_params(params=request.GET)
    series, totals = selectors.claimants_page_for(scope)
    ranked = sorted(totals.by_claimant.items(), key=lambda kv: -kv[1][scope.groups[0]])
    rows = [(name, [values[g] for g in scope.groups]) for name, values in ranked]
    return render(request, "reports/claimants.html",
                  _context(request, scope, series=series, claimant_rows=rows,
                           group_labels=[g.replace("_", " ") for g in scope.groups]))  # fmt: skip


def _breakdown(request, by: str, title: str):
    scope = selectors.scope_from_params(params=request.GET)
    rows = selectors.breakdown_for(scope, by=by)
    return render(request, "reports/breakdown.html",
                  _context(request, scope, rows=rows, by=by, title=title))  # fmt: skip


@reports_page
def perpetrators(request):
    return _breakdown(request, "perpetrator", "By perpetrator")


@reports_page
def places(request):
    return _breakdown(request, "place", "By place")


@reports_page
def claims(request):
    filterset, claims = selectors.claims_filtered(params=request.GET, counted=False)
    if not request.GET.get("review"):
        claims = claims.exclude(review="rejected")
    scope = selectors.Scope(filterset=filterset, claims=claims, outcome="", groups=(),
                            start=None, end=None, bucket="", bucket_auto=True)  # fmt: skip
    sort = request.GET.get("sort", "-published")
    page = selectors.claims_page(claims=claims, sort=sort, page=request.GET.get("page", 1))
    return render(request, "reports/claims.html", _context(
        request, scope, page=page, sort=sort, columns=[
            ("published", "Published"), ("figure", "Figure (people)"), ("group", "Group"),
            ("claimant", "Claimant"), ("perpetrator", "Perpetrator"), ("place", "Place"),
            ("period", "Period"), ("review", "Review"),
        ],
    ))  # fmt: skip


@reports_page
def article(request, pk: int):
    article = get_object_or_404(Article, pk=pk)
    claims = list(article.claims.select_related("article", "claimant", "perpetrator", "place"))
    for claim in claims:
        # Rule 4: the same claimant's figures for the same scope, oldest first.
        claim.history = selectors.claim_history(claim=claim)
    return render(request, "reports/article.html", {
        "article": article, "segments": selectors.article_segments(article=article),
        "claims": claims,
    })  # fmt: skip


def _filtered_claims(request):
    return selectors.claims_filtered(params=request.GET, counted=False, outcome_default=None)[1]


@reports_page
def export_claims_csv(request):
    rows = exports.claims_rows(claims=_filtered_claims(request))
    response = StreamingHttpResponse(
        exports.csv_lines(columns=exports.CLAIM_COLUMNS, rows=rows), content_type="text/csv"
    )
    response["Content-Disposition"] = 'attachment; filename="claims.csv"'
    return response


@reports_page
def export_claims_json(request):
    rows = exports.claims_rows(claims=_filtered_claims(request))
    response = StreamingHttpResponse(exports.json_chunks(rows=rows),
                                     content_type="application/json")  # fmt: skip
    response["Content-Disposition"] = 'attachment; filename="claims.json"'
    return response


@reports_page
def export_totals_csv(request):
    scope = selectors.scope_from_params(params=request.GET)
    totals = selectors.totals_for(scope)
    body = "".join(exports.csv_lines(columns=exports.TOTAL_COLUMNS,
                                     rows=exports.totals_rows(totals=totals,
                                                              outcome=scope.outcome)))  # fmt: skip
    response = HttpResponse(body, content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="totals.csv"'
    return response
