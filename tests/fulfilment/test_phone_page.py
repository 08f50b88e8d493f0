"""The cooperative's phone page (/<lang>/shop/cooperative/orders/): only its own orders and
lines, a form to ship them with a tracking number, and clear errors."""

import pytest
from django.contrib.auth import get_user_model

from tests.fulfilment.conftest import AMLOU, CUSHION, line_of

pytestmark = pytest.mark.django_db

PAGE = "/en/shop/cooperative/orders/"


def ship(client, order, lines, tracking="CX123456789MA", language="en", **kwargs):
    return client.post(
        f"/{language}/shop/cooperative/orders/{order.number}/ship/",
        {
            f"ship-{order.pk}-lines": [line.pk for line in lines],
            f"ship-{order.pk}-tracking_number": tracking,
            f"ship-{order.pk}-carrier": "CTM Messagerie",
        },
        **kwargs,
    )


def test_the_page_lists_only_the_managers_orders_and_lines(
    client, weaver, mixed_order, argan_only_order
):
    client.force_login(weaver)
    response = client.get(PAGE)
    assert response.status_code == 200
    html = response.content.decode()
    assert mixed_order.number in html
    assert argan_only_order.number not in html
    assert line_of(mixed_order, CUSHION).title in html
    assert line_of(mixed_order, AMLOU).title not in html
    assert 'name="viewport"' in html


def test_the_page_is_for_signed_in_cooperative_managers_only(client, mixed_order):
    response = client.get(PAGE)
    assert response.status_code == 302 and "login" in response["Location"]
    buyer = get_user_model().objects.create_user("buyer-ful", "buyer-ful@example.com", "pw-x-42")
    client.force_login(buyer)
    assert client.get(PAGE).status_code == 403


def test_a_manager_ships_their_line_from_the_phone(client, weaver, mixed_order):
    client.force_login(weaver)
    cushion = line_of(mixed_order, CUSHION)
    response = ship(client, mixed_order, [cushion], follow=True)
    assert response.status_code == 200
    assert f"Order {mixed_order.number}: marked shipped." in response.content.decode()
    cushion.refresh_from_db()
    assert cushion.status == "Shipped"
    assert cushion.shipment.tracking_number == "CX123456789MA"
    assert cushion.shipment.carrier == "CTM Messagerie"


def test_another_cooperatives_order_number_is_a_404(client, weaver, argan_only_order):
    client.force_login(weaver)
    line = argan_only_order.lines.get()
    assert ship(client, argan_only_order, [line]).status_code == 404
    line.refresh_from_db()
    assert line.status == "Pending"


def test_an_unknown_action_is_a_404(client, weaver, mixed_order):
    client.force_login(weaver)
    url = f"/en/shop/cooperative/orders/{mixed_order.number}/cancel/"
    assert client.post(url, {}).status_code == 404


@pytest.mark.parametrize(
    ("tracking", "lines", "error"),
    [
        ("", [CUSHION], "Enter the tracking number the carrier gave you."),
        ("9" * 5120, [CUSHION], "A tracking number has at most 64 characters."),
        ("CX1", [AMLOU], "One of the chosen pieces is not yours to handle."),
        ("CX1", [], "Choose at least one piece."),
    ],
)
def test_bad_input_is_a_form_error_and_changes_nothing(
    client, weaver, mixed_order, tracking, lines, error
):
    client.force_login(weaver)
    response = ship(client, mixed_order, [line_of(mixed_order, upc) for upc in lines], tracking)
    assert response.status_code == 200
    html = response.content.decode()
    assert error in html
    assert "Nothing was changed: please correct the form below." in html
    assert set(mixed_order.lines.values_list("status", flat=True)) == {"Pending"}


def test_a_line_id_that_is_not_a_number_is_a_form_error(client, weaver, mixed_order):
    client.force_login(weaver)
    response = client.post(
        f"/en/shop/cooperative/orders/{mixed_order.number}/ship/",
        {
            f"ship-{mixed_order.pk}-lines": ["x'; drop"],
            f"ship-{mixed_order.pk}-tracking_number": "A1",
        },
    )
    assert response.status_code == 200
    assert "One of the chosen pieces is not yours to handle." in response.content.decode()


def test_a_shipped_line_can_be_marked_delivered(client, weaver, mixed_order):
    client.force_login(weaver)
    cushion = line_of(mixed_order, CUSHION)
    ship(client, mixed_order, [cushion])
    response = client.post(
        f"/en/shop/cooperative/orders/{mixed_order.number}/deliver/",
        {f"deliver-{mixed_order.pk}-lines": [cushion.pk]},
    )
    assert response.status_code == 302
    cushion.refresh_from_db()
    assert cushion.status == "Delivered"


def test_the_page_is_right_to_left_in_arabic(client, argan_manager, mixed_order):
    client.force_login(argan_manager)
    html = client.get("/ar/shop/cooperative/orders/").content.decode()
    assert 'lang="ar"' in html and 'dir="rtl"' in html
    assert line_of(mixed_order, AMLOU).title in html


def test_the_page_lists_a_few_orders_within_forty_queries(
    client, weaver, mixed_order, django_assert_max_num_queries
):
    from tests.fulfilment.conftest import place_order

    client.force_login(weaver)
    client.get(PAGE)
    for _ in range(3):
        place_order(CUSHION, AMLOU)
    with django_assert_max_num_queries(40):
        client.get(PAGE)
