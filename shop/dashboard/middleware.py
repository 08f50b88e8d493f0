"""The Oscar dashboard speaks its user's language.

``/dashboard/`` has no language prefix, so Django's LocaleMiddleware falls back on the
language cookie (set by the last page read under ``/<lang>/``) or the browser's. A user who
chose a language in Wagtail's account settings (Account → Preferred language) gets that one:
a cooperative manager in Tiznit reads the dashboard in Arabic or Tachelhit wherever they
last browsed.
"""

from django.urls import reverse
from django.utils import translation

from shop.fulfilment.cooperatives import preferred_language


class DashboardLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(reverse("dashboard:index")) and (
            request.user.is_authenticated
        ):
            profile = getattr(request.user, "wagtail_userprofile", None)
            if profile is not None and profile.preferred_language:
                language = preferred_language(request.user)
                translation.activate(language)
                request.LANGUAGE_CODE = language
        return self.get_response(request)
