"""An artisan, on a 360×640 phone, finds the order of a piece they made and marks it ready
for pickup; the page never scrolls sideways, in any language."""

import pytest
from django.contrib.auth import get_user_model

from artisans.models import ArtisanPage
from tests.fulfilment.conftest import AMLOU, CUSHION, line_of, place_order

from .journeys import LANGUAGES
from .sweep import OVERFLOW
from .test_manager_journey import assert_accessible_and_valid

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("committed")]

EMAIL = "itto.browser@example.com"
PASSWORD = "pw-itto-browser-42"  # noqa: S105


@pytest.fixture
def itto():
    """Itto's account, linked to her French page; both undone afterwards (``committed``
    restores only the shop)."""
    user = get_user_model().objects.create_user("itto-browser", EMAIL, PASSWORD)
    pages = ArtisanPage.objects.filter(slug="itto-ait-ouahmane")
    pages.update(account=user)
    yield user
    pages.update(account=None)
    user.delete()


def sign_in(page, language):
    page.goto(f"/{language}/makers/me/orders/")  # to the sign-in page, and back
    page.fill("input[name=login-username]", EMAIL)
    page.fill("input[name=login-password]", PASSWORD)
    with page.expect_navigation():
        page.locator("button[name=login_submit]").click()
    assert f"/{language}/makers/me/orders/" in page.url


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_artisan_marks_a_piece_ready_on_a_phone(open_site, itto, language):
    order = place_order(CUSHION, AMLOU)
    cushion, amlou = line_of(order, CUSHION), line_of(order, AMLOU)
    site = open_site("phone")
    page = site.page
    sign_in(page, language)

    card = page.locator(f"#line-{cushion.pk}")
    assert order.number in card.inner_text()
    assert page.locator(f"#line-{amlou.pk}").count() == 0
    assert page.evaluate(OVERFLOW) <= 0
    button = card.locator("button[type=submit]")
    box = button.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 200  # a thumb's target
    site.screenshot(language, "maker-orders")

    with page.expect_navigation():
        button.click()
    cushion.refresh_from_db()
    amlou.refresh_from_db()
    assert (cushion.status, amlou.status) == ("Ready for pickup", "Pending")
    assert page.locator(f"#line-{cushion.pk} button[type=submit]").count() == 0
    assert page.evaluate(OVERFLOW) <= 0
    assert not site.errors, site.errors


def test_the_artisans_orders_page_passes_axe_and_the_html_checker(
    open_site, itto, axe_source, vnu_jar
):
    place_order(CUSHION, status="Awaiting payment")
    place_order(CUSHION)
    site = open_site("phone")
    sign_in(site.page, "ar")
    assert_accessible_and_valid(site, axe_source, vnu_jar, "ar-maker-orders")
