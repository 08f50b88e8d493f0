import logging

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET, require_safe
from wagtail.search.backends import get_search_backend

logger = logging.getLogger("tawiza")


def _database_status() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database does not answer")
        return "unavailable"
    return "ok"


def _search_status() -> str:
    """Ask the search server for its health; the database backend is always there."""
    backend = get_search_backend()
    client = getattr(backend, "es", None)
    if client is None:
        return "ok"
    try:
        answered = client.ping()
    except Exception:  # the Elasticsearch and OpenSearch clients raise different errors
        answered = False
    if not answered:
        logger.warning("Health check: the search server does not answer")
        return "unavailable"
    return "ok"


@never_cache
@require_GET
def healthz(request):
    """200 when the database answers (search may be down: the shop still sells), else 503."""
    database = _database_status()
    search = _search_status()
    status = 200 if database == "ok" else 503
    body = {
        "status": "ok" if status == 200 else "unavailable",
        "database": database,
        "search": search,
        "search_backend": settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"].rsplit(".", 1)[-1],
    }
    return JsonResponse(body, status=status)


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /dashboard/",
        *(f"Disallow: /{code}/shop/basket/" for code, _name in settings.LANGUAGES),
        *(f"Disallow: /{code}/shop/checkout/" for code, _name in settings.LANGUAGES),
        *(f"Disallow: /{code}/shop/accounts/" for code, _name in settings.LANGUAGES),
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
@cache_control(public=True, max_age=60 * 60 * 24)
def favicon(request):
    """Browsers and crawlers ask for /favicon.ico whatever the page says: send them to the icon
    under its static name (hashed in production, so the redirect itself is not permanent)."""
    return HttpResponseRedirect(static("img/favicon.ico"))
