from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from reports import api, views

router = DefaultRouter()
router.register("claims", api.ClaimViewSet, basename="claim")
router.register("articles", api.ArticleViewSet, basename="article")

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("api/totals/", api.totals, name="api-totals"),
    path("api/series/", api.series, name="api-series"),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/", include(router.urls)),
    path("admin/", admin.site.urls),
]
