"""Bad input at any checkout step gives the buyer a form error, never a server error, and
leaves the basket as it was."""

import pytest
from oscar.core.loading import get_model

from .conftest import shipping_address

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")

BAD_QUANTITIES = ["0", "-1", str(10**9), str(10**30), "deux", "", "1.5", "1e3"]


def basket_contents(client):
    basket = client.get("/fr/shop/basket/").context["basket"]
    return [(line.product.upc, line.quantity) for line in basket.all_lines()]


@pytest.mark.parametrize("quantity", BAD_QUANTITIES)
def test_adding_a_bad_quantity_is_refused_with_a_message(buyer, quantity):
    buyer.add("TWZ-ARG-001", 2)
    product = Product.objects.get(upc="TWZ-ARG-001")
    response = buyer.client.post(
        buyer.url(f"basket/add/{product.pk}/"), {"quantity": quantity}, follow=True
    )
    assert response.status_code == 200
    assert [str(m) for m in response.context["messages"]]
    assert basket_contents(buyer.client) == [("TWZ-ARG-001", 2)]


@pytest.mark.parametrize("quantity", [q for q in BAD_QUANTITIES if q not in ("0", "")])
def test_changing_a_basket_line_to_a_bad_quantity_is_refused(buyer, quantity):
    # In Oscar's basket form, 0 or an emptied field removes the line: not bad input.
    buyer.add("TWZ-ARG-001", 2)
    basket = buyer.client.get(buyer.url("basket/")).context["basket"]
    line = basket.all_lines()[0]
    response = buyer.client.post(
        buyer.url("basket/"),
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-MIN_NUM_FORMS": "0",
            "form-MAX_NUM_FORMS": "1000",
            "form-0-id": str(line.pk),
            "form-0-quantity": quantity,
        },
        follow=True,
    )
    assert response.status_code == 200
    assert basket_contents(buyer.client) == [("TWZ-ARG-001", 2)]


def test_a_forged_basket_form_is_refused(buyer):
    buyer.add("TWZ-ARG-001", 2)
    response = buyer.client.post(buyer.url("basket/"), {"form-TOTAL_FORMS": "x"}, follow=True)
    assert response.status_code in (200, 400)
    assert basket_contents(buyer.client) == [("TWZ-ARG-001", 2)]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("country", "ZZ"),
        ("country", "XK"),
        ("country", ""),
        ("line1", "x" * 5 * 1024),
        ("line1", ""),
        ("first_name", "x" * 5 * 1024),
        ("postcode", "9" * 5 * 1024),
        ("phone_number", "not a phone"),
        ("phone_number", "+2126"),
        ("phone_number", "9" * 300),
    ],
)
def test_a_bad_shipping_address_is_a_form_error(buyer, field, value):
    buyer.add("TWZ-ARG-001", 2)
    buyer.give_email()
    address = {**shipping_address("MA"), field: value}
    response = buyer.client.post(buyer.url("checkout/shipping-address/"), address)
    assert response.status_code == 200
    assert response.context["form"].errors
    assert basket_contents(buyer.client) == [("TWZ-ARG-001", 2)]


@pytest.mark.parametrize("email", ["", "not-an-email", "x" * 5000 + "@example.com"])
def test_a_bad_email_at_the_gateway_is_a_form_error(buyer, email):
    buyer.add("TWZ-ARG-001", 2)
    response = buyer.client.post(
        buyer.url("checkout/"), {"username": email, "options": "anonymous"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors
    assert basket_contents(buyer.client) == [("TWZ-ARG-001", 2)]


@pytest.mark.parametrize("method", ["", "card", "x" * 5000, "bank-transfer\x00"])
def test_a_bad_payment_method_is_a_form_error(buyer, method):
    buyer.add("TWZ-ARG-001", 2)
    buyer.give_email()
    buyer.give_address("MA")
    response = buyer.choose_payment(method)
    assert response.status_code == 200
    assert response.context["form"].errors
    assert basket_contents(buyer.client) == [("TWZ-ARG-001", 2)]


@pytest.mark.parametrize("action", ["", "delete_everything", "x" * 5000])
def test_an_unknown_action_on_the_preview_places_no_order(buyer, action):
    buyer.add("TWZ-ARG-001", 2)
    buyer.reach_preview()
    response = buyer.client.post(buyer.url("checkout/preview/"), {"action": action})
    assert response.status_code == 200
    assert not get_model("order", "Order").objects.filter(guest_email=buyer.email).exists()
    assert basket_contents(buyer.client) == [("TWZ-ARG-001", 2)]
