"""A buyer's journeys through the real site in a real browser, in each of the four languages."""

import pytest
from django.core import mail
from oscar.core.loading import get_model

from .journeys import (
    LANGUAGES,
    add_to_basket_by_keyboard,
    choose_payment,
    give_address,
    give_email,
    go_to_checkout,
    place_order,
    product_link_in,
)

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("committed")]

Order = get_model("order", "Order")
STORY = "histoires/la-pierre-et-l-amande/"


def confirmation_mail_to(email):
    sent = [message for message in mail.outbox if email in message.to]
    assert sent, f"no email to {email} among {[message.to for message in mail.outbox]}"
    return sent[0]


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_buyer_reads_a_story_buys_a_product_from_it_cash_on_delivery_and_gets_the_email(
    open_site, language, viewport
):
    site = open_site(viewport)
    page = site.open(f"/{language}/{STORY}")
    link = product_link_in(page, language)
    with page.expect_navigation():
        link.click()
    assert page.url.startswith(f"{site.base_url}/{language}/shop/")
    site.screenshot(language, "journey-product")

    add_to_basket_by_keyboard(page)
    go_to_checkout(site, language)
    email = f"cod-{language}-{viewport}@example.com"
    give_email(page, email)
    give_address(page, "MA")
    assert page.url.endswith(f"/{language}/shop/checkout/payment-method/")
    choose_payment(page, "cash-on-delivery")
    assert page.url.endswith(f"/{language}/shop/checkout/preview/")
    place_order(page)

    assert page.url.endswith(f"/{language}/shop/checkout/thank-you/")
    order = Order.objects.get(guest_email=email)
    assert order.shipping_address.country_id == "MA"
    assert page.locator("main, body").first.inner_text().count(order.number) >= 1
    site.screenshot(language, "journey-thank-you-cash")
    message = confirmation_mail_to(email)
    assert order.number in message.body
    assert not site.errors, site.errors


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_buyer_in_france_pays_by_bank_transfer_and_sees_the_bank_details_and_reference(
    open_site, language
):
    site = open_site()
    page = site.open(f"/{language}/{STORY}")
    with page.expect_navigation():
        product_link_in(page, language).click()
    with page.expect_navigation():
        page.locator("form#add_to_basket_form [type=submit]").click()
    go_to_checkout(site, language)
    email = f"transfer-{language}@example.com"
    give_email(page, email)
    give_address(page, "FR")
    choose_payment(page, "bank-transfer")
    place_order(page)

    assert page.url.endswith(f"/{language}/shop/checkout/thank-you/")
    order = Order.objects.get(guest_email=email)
    assert order.shipping_address.country_id == "FR"
    details = page.locator(".bank-transfer")
    assert details.count() == 1  # once, not repeated by a template extending itself
    assert details.is_visible()
    assert details.locator(".bank-transfer__reference").inner_text().strip() == order.number
    assert details.locator("dd[dir=ltr]").count() >= 1  # the account numbers
    site.screenshot(language, "journey-thank-you-transfer")
    assert order.number in confirmation_mail_to(email).body


SEARCHES = {"fr": "huile", "ar": "زيت", "shi": "ⵍⵣⵉⵜ", "en": "oil"}


@pytest.mark.usefixtures("search_index")
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_buyer_searches_in_their_language_and_reaches_a_product(open_site, language):
    site = open_site()
    page = site.open(f"/{language}/")
    page.fill("#site-search-q", SEARCHES[language])
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert f"/{language}/search/" in page.url
    site.screenshot(language, "journey-search")
    with page.expect_navigation():
        product_link_in(page, language).click()
    assert page.locator("form#add_to_basket_form").is_visible()
    title = page.locator("main h1, h1").first.inner_text()
    assert SEARCHES[language].casefold() in title.casefold(), title
