"""A cooperative manager finds a new order's lines, and no other cooperative's, and marks
them shipped with a tracking number: on their phone page in each language, and in the Oscar
dashboard on a desktop. The buyer is told by email."""

import json
import subprocess

import pytest
from django.core import mail

from tests.fulfilment.conftest import AMLOU, ARGAN, CUSHION, WEAVERS, line_of, place_order

from .conftest import ARTIFACTS
from .journeys import LANGUAGES
from .sweep import AXE_RUN, OVERFLOW

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("committed", "demo_accounts_log_in")]

SERIOUS = {"serious", "critical"}


@pytest.fixture
def demo_accounts_log_in(settings):
    """The managers are demo accounts (coop-<slug>), which log in only with DEBUG on."""
    settings.DEBUG = True


@pytest.fixture
def mixed_order():
    """A new order holding a cushion from the weavers and amlou from the argan cooperative."""
    return place_order(CUSHION, AMLOU)


def log_in(page, cooperative_slug):
    page.goto("/admin/login/")
    page.fill("#id_username", f"coop-{cooperative_slug}")
    page.fill("#id_password", "tawiza-demo")
    with page.expect_navigation():
        page.locator("form [type=submit]").click()
    assert "/admin/login/" not in page.url


def assert_accessible_and_valid(site, axe_source, vnu_jar, name):
    page = site.page
    page.evaluate(axe_source)  # not an inline <script>: the CSP forbids those
    serious = [v for v in page.evaluate(AXE_RUN) if v["impact"] in SERIOUS]
    assert not serious, json.dumps(serious, ensure_ascii=False, indent=1)
    html_file = ARTIFACTS / "html" / f"{name}.html"
    html_file.parent.mkdir(parents=True, exist_ok=True)
    html_file.write_text(site.context.request.get(page.url).text())
    java, jar = vnu_jar
    checked = subprocess.run(  # noqa: S603
        [
            java,
            "-jar",
            str(jar),
            "--format",
            "json",
            "--errors-only",
            "--exit-zero-always",
            str(html_file),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    errors = json.loads(checked.stderr or checked.stdout)["messages"]
    assert not errors, [f"line {e.get('lastLine')}: {e['message']}" for e in errors]


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_manager_ships_their_own_lines_from_the_phone_page(
    open_site, axe_source, vnu_jar, mixed_order, language, viewport
):
    cushion, amlou = line_of(mixed_order, CUSHION), line_of(mixed_order, AMLOU)
    site = open_site(viewport)
    page = site.page
    log_in(page, WEAVERS)
    site.open(f"/{language}/shop/cooperative/orders/")
    order = page.locator(f"#order-{mixed_order.number}")
    assert cushion.title in order.inner_text()
    assert amlou.title not in page.content()
    if viewport == "phone":
        assert page.evaluate(OVERFLOW) <= 0
    else:
        assert_accessible_and_valid(site, axe_source, vnu_jar, f"{language}-cooperative-orders")
    site.screenshot(language, "cooperative-orders")

    ship = order.locator("form:has(input[name$='-tracking_number'])")
    ship.get_by_label(f"{cushion.title} × {cushion.quantity}").check()
    ship.locator("input[name$='-tracking_number']").fill("CX123456789MA")
    ship.locator("input[name$='-carrier']").fill("Amana")
    with page.expect_navigation():
        ship.locator("[type=submit]").click()

    assert "CX123456789MA" in page.locator(f"#order-{mixed_order.number}").inner_text()
    cushion.refresh_from_db()
    amlou.refresh_from_db()
    assert (cushion.status, amlou.status) == ("Shipped", "Pending")
    shipped = [m for m in mail.outbox if "leila@example.com" in m.to and "CX123456789MA" in m.body]
    assert len(shipped) == 1
    assert not site.errors, site.errors


def test_the_other_cooperative_sees_only_its_own_line(open_site, mixed_order):
    cushion, amlou = line_of(mixed_order, CUSHION), line_of(mixed_order, AMLOU)
    site = open_site("phone")
    log_in(site.page, ARGAN)
    page = site.open("/fr/shop/cooperative/orders/")
    order = page.locator(f"#order-{mixed_order.number}")
    assert amlou.title in order.inner_text()
    assert cushion.title not in page.content()


def test_a_manager_ships_from_the_oscar_dashboard(open_site, mixed_order):
    cushion, amlou = line_of(mixed_order, CUSHION), line_of(mixed_order, AMLOU)
    site = open_site("desktop")
    page = site.page
    log_in(page, WEAVERS)
    site.open("/dashboard/orders/")
    with page.expect_navigation():
        page.locator(f"a[href='/dashboard/orders/{mixed_order.number}/']").first.click()
    assert cushion.title in page.content()
    assert amlou.title not in page.content()
    site.screenshot("fr", "dashboard-order")

    ship = page.locator("form#fulfilment-ship")
    ship.get_by_label(f"{cushion.title} × {cushion.quantity}").check()
    ship.locator("input[name$='-tracking_number']").fill("RR987654321MA")
    with page.expect_navigation():
        ship.locator("[type=submit]").click()
    cushion.refresh_from_db()
    assert cushion.status == "Shipped"
    assert "RR987654321MA" in cushion.shipping_events.get().tracking_number
