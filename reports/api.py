"""The read-only JSON API (Django REST Framework), documented at /api/schema/."""

from django.db.models import Count
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, viewsets
from rest_framework.decorators import api_view
from rest_framework.response import Response

from reports import selectors
from reports.extraction.taxonomy import OUTCOMES
from reports.models import Article, Claim

BUCKETS = ("day", "month", "year")


def _choice(value: str | None, allowed: tuple[str, ...], default: str) -> str:
    return value if value in allowed else default


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
    serializer_class = ClaimSerializer
    queryset = Claim.objects.select_related("claimant", "perpetrator", "place").order_by("id")
    filterset_fields = ["outcome", "group", "review", "hedged", "article"]


class ArticleViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = ArticleSerializer
    queryset = Article.objects.annotate(claim_count=Count("claims")).order_by("-created_at")
    filterset_fields = ["status", "outlet"]


@extend_schema(
    parameters=[OpenApiParameter("outcome", str, enum=list(OUTCOMES))],
    responses={200: dict},
    description="De-duplicated totals per victim group (DOMAIN.md counting rules 1-4, 6).",
)
@api_view(["GET"])
def totals(request):
    outcome = _choice(request.GET.get("outcome"), OUTCOMES, "killed")
    result = selectors.totals_compute(claims=selectors.claims_counted(outcome=outcome))
    return Response({"outcome": outcome, "totals": result.totals, "ranges": result.ranges,
                     "by_claimant": result.by_claimant})  # fmt: skip


@extend_schema(
    parameters=[
        OpenApiParameter("outcome", str, enum=list(OUTCOMES)),
        OpenApiParameter("bucket", str, enum=list(BUCKETS)),
    ],
    responses={200: dict},
    description="Totals per group per period in Chart.js's shape: labels + aligned datasets.",
)
@api_view(["GET"])
def series(request):
    outcome = _choice(request.GET.get("outcome"), OUTCOMES, "killed")
    bucket = _choice(request.GET.get("bucket"), BUCKETS, "year")
    data = selectors.series_compute(claims=selectors.claims_counted(outcome=outcome), bucket=bucket)
    return Response({"outcome": outcome, **data})
