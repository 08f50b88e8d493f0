"""The test suite: fast hashing, in-memory mail, tasks run at once; the cache CACHE_URL names."""

from .base import *  # noqa: F403
from .base import env

SECRET_KEY = "test-only-key"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The real cache when CACHE_URL is set (CI runs the suite on Redis), else local memory. A key
# prefix keeps the suite apart from anything else on the same server; tests/conftest.py
# empties it when the session starts, so nothing is read back from an earlier run.
if "CACHE_URL" in env.ENVIRON:
    CACHES = {"default": {**env.cache_url("CACHE_URL"), "KEY_PREFIX": "tawiza-test"}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Django's test runner puts its in-memory outbox in place of the queue anyway; the tests of the
# queue itself (tests/mail) put QueuedEmailBackend back and deliver to a real SMTP server.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
EMAIL_DELIVERY = {**EMAIL_DELIVERY, "BACKEND": EMAIL_BACKEND}  # noqa: F405
# No page cache: query counts and pages are the view's own; tests of the cache turn it on.
PAGE_CACHE_SECONDS = 0
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
MEDIA_ROOT = env.path("TEST_MEDIA_ROOT", default="/tmp/tawiza-test-media")  # noqa: S108
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]

# The suite never shares indexes with a development server on the same search cluster.
if SEARCH_URL:  # noqa: F405
    WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"] = "tawiza_test_"  # noqa: F405
