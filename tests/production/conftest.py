"""Fixtures for the tests of the production build and of a running production server.

``PRODUCTION_URL`` names a server started with ``tawiza.settings.production`` (`.ci/run`
starts gunicorn and the task worker, then sets it); without it the smoke test skips locally and
fails in CI (``require_service``).
"""

import os

import pytest

from tests.browser.conftest import CHROMIUM_FLAGS, chromium_path
from tests.conftest import require_service


@pytest.fixture(scope="session")
def production_url():
    url = os.environ.get("PRODUCTION_URL", "").rstrip("/")
    require_service(bool(url), "PRODUCTION_URL is not set: no production server to smoke-test")
    return url


@pytest.fixture(scope="module")
def chromium():
    """Debian's Chromium through Playwright, as tests/browser launches it. Module-scoped:
    Playwright's event loop must be gone before tests that use the ORM run on this thread."""
    path = chromium_path()
    require_service(bool(path), "Chromium is not installed (apt install chromium or CHROMIUM_PATH)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=path, headless=True, args=CHROMIUM_FLAGS
        )
        yield browser
        browser.close()
