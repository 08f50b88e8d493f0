"""Steps a buyer takes in the browser, shared by the journeys and the page-type sweep.

Selectors name forms by where they post and fields by name: the same steps then work in every
language, whatever the interface text.
"""

import re

LANGUAGES = ["fr", "ar", "shi", "en"]
ADDRESSES = {
    "MA": {
        "first_name": "Leïla",
        "last_name": "Benali",
        "line1": "12 rue des Orangers",
        "line4": "Casablanca",
        "postcode": "20250",
        "phone_number": "+212612345678",
    },
    "FR": {
        "first_name": "Youssef",
        "last_name": "Amrani",
        "line1": "8 rue de la République",
        "line4": "Lyon",
        "postcode": "69001",
        "phone_number": "+33612345678",
    },
}
ADD_TO_BASKET = "form#add_to_basket_form [type=submit]"


def product_link_in(page, language):
    """The first product placed in the page's content (a link into the shop's catalogue).
    Wagtail pages put their content in <main>, Oscar's layout in .page_inner."""
    links = page.locator(f":is(main, .page_inner) a[href^='/{language}/shop/']").filter(
        has_not=page.locator("[href*='/shop/category/']")
    )
    for index in range(links.count()):
        href = links.nth(index).get_attribute("href")
        if re.fullmatch(rf"/{language}/shop/[\w-]+_\d+/", href):
            return links.nth(index)
    raise AssertionError(f"no product link on {page.url}")


def add_to_basket_by_keyboard(page):
    """Tab from the top of the page to the add-to-basket button, then press Enter."""
    page.locator("body").focus()
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate(
            "sel => document.activeElement && document.activeElement.matches(sel)", ADD_TO_BASKET
        ):
            break
    else:
        raise AssertionError("the add-to-basket button is not reachable with Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")


def submit(page, form_selector):
    with page.expect_navigation():
        page.locator(f"{form_selector} [type=submit]").first.click()


def go_to_checkout(site, language):
    site.open(f"/{language}/shop/basket/")
    with site.page.expect_navigation():
        site.page.locator(f"a[href='/{language}/shop/checkout/']").first.click()


def give_email(page, email):
    page.fill("input[name=username]", email)
    page.check("input[name=options][value=anonymous]")
    submit(page, "form#login_form, form:has(input[name=username])")


def give_address(page, country, **typed):
    for name, value in {**ADDRESSES[country], **typed}.items():
        page.fill(f"[name={name}]", value)
    page.select_option("select[name=country]", country)
    submit(page, "form:has(select[name=country])")


def choose_payment(page, method):
    page.check(f"input[name=method][value={method}]")
    submit(page, "form.payment-method-form")


def place_order(page):
    submit(page, "form:has(input[name=action][value=place_order])")
