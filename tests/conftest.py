"""Shared fixtures: the demo content is loaded once per test session, as `make run` loads it.

Tests that need a service (PostgreSQL, a search server, Chromium) skip with the reason when
it is absent locally; with CI=true a missing service fails them instead.
"""

import os

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.test import override_settings

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require_service(available: bool, reason: str):
    """Skip (locally) or fail (in CI) a test whose service is missing."""
    if available:
        return
    if IN_CI:
        pytest.fail(f"CI must provide this service: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    # A Redis cache (CACHE_URL) outlives the session: start from an empty one, or pages and
    # thumbnails cached by an earlier run over another test database would be served again.
    for alias in settings.CACHES:
        caches[alias].clear()
    with django_db_blocker.unblock(), override_settings(DEBUG=True):
        call_command("seed_demo", verbosity=0)


@pytest.fixture
def search_server(settings):
    require_service(
        bool(settings.SEARCH_URL), "SEARCH_URL is not set: no search server to test against"
    )
    return settings.SEARCH_URL
