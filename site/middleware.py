from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.utils.translation import get_language_from_path


class RememberLanguageMiddleware:
    """Remember the language of the last page read, so that `/` sends the buyer back to it.

    Django's LocaleMiddleware reads the language cookie but only the language switcher view
    sets it; a buyer who follows a link to /ar/… should find Arabic again next time.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        language = get_language_from_path(request.path_info)
        if (
            language
            and response.status_code < 400
            and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != language
        ):
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                path=settings.LANGUAGE_COOKIE_PATH,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            )
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's policy, with inline scripts allowed only in the staff back offices.

    Public pages load scripts from our static files and nothing else. The Wagtail admin and
    Oscar's dashboard (CSP_LAX_SCRIPT_PATH_PREFIXES) are built from the frameworks' own
    templates, which write inline scripts and handlers: there script-src also allows
    'unsafe-inline', and they may frame themselves (Wagtail's preview panel). Only signed-in
    staff reach them; the rest of the policy still applies.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(settings.CSP_LAX_SCRIPT_PATH_PREFIXES):
            parts.update = {**(parts.update or {}), "script-src": [UNSAFE_INLINE]}
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts
