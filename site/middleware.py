import re

from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.shortcuts import render
from django.utils import translation
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


# C0 control characters and DEL. Tab, line feed and carriage return may be typed in a form
# sent by GET (a search box pasted into), so a query string may hold them; a path never does.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
QUERY_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class RejectControlCharactersMiddleware:
    """Answer 400 to a URL whose path or query string holds a NUL or another control byte.

    No page, product or search needs them, and PostgreSQL refuses a NUL in any text it is
    sent (psycopg raises ``ValueError``): every view that filters on a path segment or a
    query parameter (story tags, sort orders, admin searches, dashboard filters…) would
    answer 500 to ``?tag=%00``. Refusing them once, here, before any view reads the request,
    covers the views we write and those of Wagtail, Oscar and Django alike. Form fields are
    already protected by Django's ``ProhibitNullCharactersValidator``.

    A cookie holding a control byte is dropped rather than refused: no browser sends one, and
    a 400 on every page would lock its owner out until it expires.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        bad_query = any(
            QUERY_CONTROL_CHARACTERS.search(key)
            or any(QUERY_CONTROL_CHARACTERS.search(value) for value in values)
            for key, values in request.GET.lists()
        )
        if bad_query or CONTROL_CHARACTERS.search(request.path_info):
            language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
            with translation.override(language):
                return render(request, "400.html", status=400)
        for name, value in list(request.COOKIES.items()):
            if CONTROL_CHARACTERS.search(name) or CONTROL_CHARACTERS.search(value):
                del request.COOKIES[name]
        return self.get_response(request)
