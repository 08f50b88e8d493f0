"""Real-browser tests: Debian's Chromium, driven by Playwright, against a live server on
127.0.0.1 that serves the session's seeded demo database.

The live server commits for real (it answers from its own threads), so these tests do not run
in a test transaction: the flush that ends a transactional test would wipe the demo content the
whole session shares. Each test instead puts the shop back as it found it (orders, baskets,
stock); pages an editor creates are deleted by the test that creates them. They run after the
rest of the suite (``pytest_collection_modifyitems``), so nothing they leave can disturb it.
"""

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core import mail
from django.core.management import call_command
from django.db import connections
from django.test.testcases import LiveServerThread
from oscar.core.loading import get_model

from tests.conftest import require_service

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")

HERE = Path(__file__).parent
ARTIFACTS = HERE / "artifacts"
NODE_MODULES = HERE / "node_modules"
VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 360, "height": 640}}
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(items):
    """Browser tests last: they are the slowest, and they commit what they do."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


def chromium_path():
    path = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")
    return path if path and Path(path).exists() else None


@pytest.fixture(scope="session")
def playwright_browser(live_server):
    """Chromium; it closes before the live server stops (it may still have requests open)."""
    path = chromium_path()
    require_service(bool(path), "Chromium is not installed (apt install chromium or CHROMIUM_PATH)")
    from playwright.sync_api import sync_playwright

    # Playwright's synchronous API keeps an event loop on this thread, which Django's
    # "no ORM in async code" guard mistakes for async code; the tests and the server are
    # ordinary synchronous code.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=path, headless=True, args=CHROMIUM_FLAGS
            )
            yield browser
            browser.close()
    finally:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture(scope="session")
def live_server(django_db_setup, django_db_blocker):
    """The site on 127.0.0.1, static files from the finders and media from MEDIA_ROOT.

    It replaces pytest-django's fixture of the same name, whose name still tells pytest-django
    to create the test database for a session that runs only these tests.
    """
    with django_db_blocker.unblock():
        # An in-memory SQLite database exists on one connection only: the server shares it,
        # as Django's LiveServerTestCase does. PostgreSQL: the server opens its own.
        shared = {
            conn.alias: conn
            for conn in connections.all()
            if conn.vendor == "sqlite" and conn.is_in_memory_db()
        }
        for conn in shared.values():
            conn.inc_thread_sharing()
        server = LiveServerThread("127.0.0.1", StaticFilesHandler, connections_override=shared)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
    yield f"http://127.0.0.1:{server.port}"
    server.terminate()
    for conn in shared.values():
        conn.dec_thread_sharing()


@pytest.fixture(autouse=True)
def _live_server_helper():
    """pytest-django's helper wraps every test using ``live_server`` in ``transactional_db``,
    which flushes the database afterwards; ``committed`` cleans up instead."""
    yield


def keep_on_localhost(route):
    """Nothing leaves the machine: a page asking for another host gets a failed request."""
    url = route.request.url
    if url.startswith(("http://127.0.0.1:", "data:", "blob:")):
        route.continue_()
    else:
        route.abort("blockedbyclient")


class Site:
    """One browser context (one visitor: cookies, basket) at one viewport size."""

    def __init__(self, browser, base_url, viewport="desktop"):
        self.base_url = base_url
        self.viewport = viewport
        self.context = browser.new_context(
            base_url=base_url, viewport=VIEWPORTS[viewport], service_workers="block"
        )
        self.context.set_default_timeout(15_000)
        self.context.route("**/*", keep_on_localhost)
        self.page = self.context.new_page()
        self.errors = []
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def open(self, path):
        response = self.page.goto(path)
        assert response is not None and response.ok, (path, response and response.status)
        return self.page

    def screenshot(self, language, name):
        folder = ARTIFACTS / "screenshots" / language / self.viewport
        folder.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=folder / f"{name}.png", full_page=True)

    def close(self):
        self.context.close()


@pytest.fixture
def open_site(playwright_browser, live_server):
    sites = []

    def make(viewport="desktop"):
        site = Site(playwright_browser, live_server, viewport)
        sites.append(site)
        return site

    yield make
    for site in sites:
        site.close()


def snapshot_shop():
    return {
        "order": Order.objects.order_by("-pk").values_list("pk", flat=True).first() or 0,
        "basket": Basket.objects.order_by("-pk").values_list("pk", flat=True).first() or 0,
        "stock": list(StockRecord.objects.values_list("pk", "num_in_stock", "num_allocated")),
    }


def restore_shop(snapshot):
    for order in Order.objects.filter(pk__gt=snapshot["order"]):
        address = order.shipping_address
        order.delete()
        if address is not None:
            address.delete()
    Basket.objects.filter(pk__gt=snapshot["basket"]).delete()
    for pk, in_stock, allocated in snapshot["stock"]:
        StockRecord.objects.filter(pk=pk).update(num_in_stock=in_stock, num_allocated=allocated)


def close_connections():
    """Close what this code opened. While Playwright runs, ORM calls here may get connections
    of their own (Django keeps them per context, and Playwright's event loop has its own), which
    the test database's teardown would not close: PostgreSQL then refuses to drop it."""
    connections.close_all()


@pytest.fixture
def committed(django_db_blocker):
    """Database access for the test, outside a transaction; the shop is restored afterwards."""
    with django_db_blocker.unblock():
        snapshot = snapshot_shop()
        mail.outbox = []
        yield
        restore_shop(snapshot)
        close_connections()


@pytest.fixture(scope="session")
def search_index(django_db_setup, django_db_blocker):
    """The demo content indexed, as tests/search does, for a session running only these tests."""
    with django_db_blocker.unblock():
        call_command("wagtail_update_index", verbosity=0)
        close_connections()


@pytest.fixture(scope="session")
def node_modules():
    """axe-core and vnu-jar from npm (tests/browser/package.json), installed on first use."""
    if not (NODE_MODULES / "axe-core").exists() or not (NODE_MODULES / "vnu-jar").exists():
        npm = shutil.which("npm")
        require_service(bool(npm), "npm is not installed: axe-core and vnu-jar come from npm")
        result = subprocess.run(  # noqa: S603
            [npm, "install", "--prefix", str(HERE), "--no-package-lock", "--no-audit", "--no-fund"],
            capture_output=True,
            text=True,
            check=False,
        )
        require_service(result.returncode == 0, f"npm install failed: {result.stderr[-500:]}")
    return NODE_MODULES


@pytest.fixture(scope="session")
def axe_source(node_modules):
    return (node_modules / "axe-core" / "axe.min.js").read_text()


@pytest.fixture(scope="session")
def vnu_jar(node_modules):
    java = shutil.which("java")
    require_service(bool(java), "Java is not installed: the Nu HTML Checker runs on it")
    return java, node_modules / "vnu-jar" / "build" / "dist" / "vnu.jar"
