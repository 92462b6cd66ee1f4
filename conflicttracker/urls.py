from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from reports import api, views
from reports.permissions import ReadOnlyReports

router = DefaultRouter()
router.register("claims", api.ClaimViewSet, basename="claim")
router.register("articles", api.ArticleViewSet, basename="article")

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("claimants/", views.claimants, name="claimants"),
    path("perpetrators/", views.perpetrators, name="perpetrators"),
    path("places/", views.places, name="places"),
    path("claims/", views.claims, name="claims"),
    path("articles/<int:pk>/", views.article, name="article"),
    path("export/claims.csv", views.export_claims_csv, name="export-claims-csv"),
    path("export/claims.json", views.export_claims_json, name="export-claims-json"),
    path("export/totals.csv", views.export_totals_csv, name="export-totals-csv"),
    path("api/totals/", api.totals, name="api-totals"),
    path("api/series/", api.series, name="api-series"),
    path("api/claimants/", api.claimants, name="api-claimants"),
    # The schema follows the API's access rule (drf-spectacular serves it to anyone otherwise).
    path(
        "api/schema/",
        SpectacularAPIView.as_view(permission_classes=[ReadOnlyReports]),
        name="api-schema",
    ),  # fmt: skip
    path("api/", include(router.urls)),
    path("admin/", admin.site.urls),
]
