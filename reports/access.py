from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login


def reports_page(view):
    """Pages are readable by anyone unless REPORTS_REQUIRE_LOGIN is on."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if settings.REPORTS_REQUIRE_LOGIN and not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapper
