"""Forms a buyer fills in: each error is announced and tied to its field, in every language."""

import pytest

from .journeys import LANGUAGES, give_email, go_to_checkout, product_link_in, submit

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("committed")]

FIELD_ERRORS = """() => [...document.querySelectorAll('[aria-invalid=true]')].map(field => {
    const described = (field.getAttribute('aria-describedby') || '').split(' ')
        .map(id => document.getElementById(id)).filter(Boolean);
    return {
        name: field.name,
        label: field.labels.length > 0 && field.labels[0].innerText.trim(),
        errors: described.map(el => el.innerText.trim()),
        announced: described.some(el => el.closest('[role=alert]')),
    };
})"""


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_incomplete_address_gets_errors_announced_and_tied_to_their_fields(open_site, language):
    site = open_site()
    page = site.open(f"/{language}/histoires/la-pierre-et-l-amande/")
    with page.expect_navigation():
        product_link_in(page, language).click()
    submit(page, "form#add_to_basket_form")
    go_to_checkout(site, language)
    give_email(page, f"incomplete-{language}@example.com")

    form = "form:has(select[name=country])"
    page.fill("[name=first_name]", "")
    page.fill("[name=line1]", "")
    # The browser's own check would stop the form first; the server's errors are under test.
    page.locator(form).evaluate("form => { form.noValidate = true; }")
    submit(page, form)

    assert page.url.endswith(f"/{language}/shop/checkout/shipping-address/")
    fields = {field["name"]: field for field in page.evaluate(FIELD_ERRORS)}
    assert {"first_name", "line1"} <= set(fields), fields
    for field in fields.values():
        assert field["label"], field
        assert field["errors"] and all(field["errors"]), field
        assert field["announced"], field
