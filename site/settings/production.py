"""Production: every secret and address comes from the environment, or the site refuses to start."""

from copy import deepcopy
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import STORAGES, TASKS, env
from .media import media_origin

DEBUG = False

SECRET_KEY = env("SECRET_KEY", default="")
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "Set SECRET_KEY in the environment: production will not start without it."
    )
if "ALLOWED_HOSTS" not in env.ENVIRON:
    raise ImproperlyConfigured("Set ALLOWED_HOSTS in the environment (comma-separated host names).")

# Media as base chose them (MEDIA_STORAGE); static files compressed and named by their hash,
# built by `collectstatic` and served by WhiteNoise with far-future cache headers.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Public pages kept five minutes for anonymous visitors (tawiza/page_cache.py); a publish or a
# stock or price change empties it at once, for every worker only if they share the cache: on
# by default with CACHE_URL (Redis), off with each worker's own local memory.
PAGE_CACHE_SECONDS = env.int(
    "PAGE_CACHE_SECONDS", default=300 if "CACHE_URL" in env.ENVIRON else 0
)

TASKS = {**TASKS, "default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_REFERRER_POLICY = "same-origin"

# --- Hardening (docs/security.md) ------------------------------------------------------------
# Every cookie the site sets travels over HTTPS only and stays on same-site requests. Session,
# CSRF and messages cookies follow SESSION_/CSRF_COOKIE_SECURE above; these are the others.
LANGUAGE_COOKIE_SECURE = True
OSCAR_BASKET_COOKIE_SECURE = True
OSCAR_RECENTLY_VIEWED_COOKIE_SECURE = True
# A year of HSTS with preload, as the browsers' preload list asks; sending the header does not
# put the domain on the list (that is a separate request), but the header must be there first.
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
# Media on an S3-compatible store, or static files on a CDN, are allowed by the
# Content-Security-Policy from the host their URL names (nothing is added for local paths).
_origins = {
    url: f"{parts.scheme}://{parts.netloc}"
    for url in (STATIC_URL, MEDIA_URL)  # noqa: F405
    if (parts := urlsplit(url)).netloc
}
_hosts_by_directive = {
    "img-src": [MEDIA_URL, STATIC_URL],  # noqa: F405
    "script-src": [STATIC_URL],  # noqa: F405
    "style-src": [STATIC_URL],  # noqa: F405
    "font-src": [STATIC_URL],  # noqa: F405
}
CONTENT_SECURITY_POLICY = deepcopy(CONTENT_SECURITY_POLICY)  # noqa: F405
for _directive, _urls in _hosts_by_directive.items():
    _sources = CONTENT_SECURITY_POLICY["DIRECTIVES"][_directive]
    for _origin in (_origins[url] for url in _urls if url in _origins):
        if _origin not in _sources:
            _sources.append(_origin)
# An object store's links name its own host, not MEDIA_URL's (settings/media.py).
_store_origin = media_origin(STORAGES["default"])
if _store_origin and _store_origin not in CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"]:
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(_store_origin)
