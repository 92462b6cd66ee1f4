from django.conf import settings
from rest_framework.permissions import SAFE_METHODS, BasePermission


class ReadOnlyReports(BasePermission):
    """The API only reads; it is public unless REPORTS_REQUIRE_LOGIN is on."""

    def has_permission(self, request, view) -> bool:
        if request.method not in SAFE_METHODS:
            return False
        if settings.REPORTS_REQUIRE_LOGIN:
            return bool(request.user and request.user.is_authenticated)
        return True
