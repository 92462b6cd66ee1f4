"""The read-only JSON API (Django REST Framework), documented at /api/schema/.

Every endpoint takes the dashboard's filters (reports/filters.py) as GET parameters."""

from django.db.models import Count
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, viewsets
from rest_framework.decorators import api_view
from rest_framework.response import Response

from reports import selectors
from reports.extraction.taxonomy import GROUPS, OUTCOMES
from reports.filters import ClaimFilter
from reports.models import Article, Claim

BUCKETS = selectors.BUCKETS

FILTER_PARAMETERS = [
    OpenApiParameter("outcome", str, enum=list(OUTCOMES), description="default: killed"),
    OpenApiParameter("group", str, enum=list(GROUPS), description="the group and its subgroups"),
    OpenApiParameter("claimant", int, description="Claimant id"),
    OpenApiParameter("perpetrator", int, description="Actor id"),
    OpenApiParameter("place", int, description="Place id: the place and places inside it"),
    OpenApiParameter("date_from", str, description="YYYY-MM-DD: periods ending on or after"),
    OpenApiParameter("date_to", str, description="YYYY-MM-DD: periods starting on or before"),
    OpenApiParameter("hedged", bool),
    OpenApiParameter("review", str, enum=[c for c, _ in Claim.Review.choices]),
]
BUCKET_PARAMETER = OpenApiParameter(
    "bucket", str, enum=list(BUCKETS), description="default: chosen from the span shown"
)


def _choice(value: str | None, allowed: tuple[str, ...], default: str) -> str:
    return value if value in allowed else default


def _invalid(scope: selectors.Scope) -> Response | None:
    """Filters that were not understood are an error, never silently ignored."""
    if scope.filterset.is_valid():
        return None
    return Response({"errors": scope.filterset.errors}, status=400)


def _freshness(scope: selectors.Scope) -> dict:
    """`stale` is true while an answer comes from a pre-computed rollup that a recount has not
    yet caught up with; `computed_at` says when it was computed (null: computed just now)."""
    fresh = scope.freshness or {"stale": False, "computed_at": None}
    return {"stale": fresh["stale"], "computed_at": fresh["computed_at"]}


class ClaimSerializer(serializers.ModelSerializer):
    claimant = serializers.StringRelatedField()
    perpetrator = serializers.StringRelatedField()
    place = serializers.StringRelatedField()

    class Meta:
        model = Claim
        fields = [
            "id", "article", "outcome", "group", "affiliation", "count", "qualifier", "low",
            "high", "perpetrator", "cause", "claimant", "place", "location", "period_start",
            "period_end", "hedged", "confidence", "review", "quote", "sentence", "span_start",
            "span_end",
        ]  # fmt: skip


class ArticleSerializer(serializers.ModelSerializer):
    claim_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Article
        fields = ["id", "title", "outlet", "url", "published", "status", "error", "is_demo",
                  "created_at", "processed_at", "claim_count"]  # fmt: skip


class ClaimViewSet(viewsets.ReadOnlyModelViewSet):
    """Every claim, rejected ones included (see `review`); the dashboard filters apply."""

    serializer_class = ClaimSerializer
    queryset = Claim.objects.select_related("claimant", "perpetrator", "place").order_by("id")
    filterset_class = ClaimFilter


class ArticleViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = ArticleSerializer
    queryset = Article.objects.annotate(claim_count=Count("claims")).order_by("-created_at")
    filterset_fields = ["status", "outlet"]


@extend_schema(
    parameters=FILTER_PARAMETERS,
    responses={200: dict},
    description="De-duplicated totals per victim group (DOMAIN.md counting rules 1-4, 6): "
    "`totals` is the highest claimant's figure, `ranges` names who claims each end, "
    "`by_claimant` gives every claimant's own totals.",
)
@api_view(["GET"])
def totals(request):
    scope = selectors.scope_from_params(params=request.GET)
    if error := _invalid(scope):
        return error
    result = selectors.totals_for(scope)
    return Response({"outcome": scope.outcome, "totals": result.totals, "ranges": result.ranges,
                     "by_claimant": result.by_claimant, **_freshness(scope)})  # fmt: skip


@extend_schema(
    parameters=[*FILTER_PARAMETERS, BUCKET_PARAMETER],
    responses={200: dict},
    description="Totals per group per period in Chart.js's shape: labels + aligned datasets "
    "(rule 5: spread values and figures dated by publication are marked).",
)
@api_view(["GET"])
def series(request):
    scope = selectors.scope_from_params(params=request.GET)
    if error := _invalid(scope):
        return error
    data = selectors.series_for(scope)
    return Response({"outcome": scope.outcome, **data, **_freshness(scope)})


@extend_schema(
    parameters=[*FILTER_PARAMETERS, BUCKET_PARAMETER],
    responses={200: dict},
    description="One series per claimant for the same scope, with the low-high range per "
    "period and who claims each end (rule 2). Chart.js's shape.",
)
@api_view(["GET"])
def claimants(request):
    scope = selectors.scope_from_params(params=request.GET)
    if error := _invalid(scope):
        return error
    data = selectors.claimants_for(scope)
    return Response({"outcome": scope.outcome, **data, **_freshness(scope)})
