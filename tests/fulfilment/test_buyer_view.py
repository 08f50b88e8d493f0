"""The buyer sees where each piece of their order is: status and tracking number."""

import pytest
from django.contrib.auth import get_user_model

from tests.fulfilment.conftest import AMLOU, CUSHION, line_of, place_order
from tests.fulfilment.test_phone_page import ship

pytestmark = pytest.mark.django_db


def test_a_signed_in_buyer_sees_each_lines_status_and_tracking(client, weaver):
    buyer = get_user_model().objects.create_user("leila-ful", "leila-ful@example.com", "pw-x-42")
    order = place_order(CUSHION, AMLOU, user=buyer)
    client.force_login(weaver)
    ship(client, order, [line_of(order, CUSHION)], "CX123456789MA")
    client.force_login(buyer)
    response = client.get(f"/en/shop/accounts/orders/{order.number}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Delivery of each piece" in html
    assert "CX123456789MA" in html
    statuses = [line.status for line in order.lines.order_by("pk")]
    assert statuses == ["Shipped", "Pending"]
    assert html.count('id="line-deliveries"') == 1
    assert html.count('class="line-status"') == 2


def test_a_guest_sees_each_lines_status_on_the_order_status_page(client, weaver, mixed_order):
    client.force_login(weaver)
    ship(client, mixed_order, [line_of(mixed_order, CUSHION)], "CX123456789MA")
    client.logout()
    path = f"{mixed_order.number}/{mixed_order.verification_hash()}/"
    # Oscar asks the guest for the order's email address before showing it.
    client.post(f"/en/shop/accounts/order-status-form/{path}", {"email": "leila@example.com"})
    response = client.get(f"/en/shop/accounts/order-status/{path}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "CX123456789MA" in html and html.count('id="line-deliveries"') == 1


def test_the_order_records_the_language_of_the_checkout(mixed_order):
    assert mixed_order.language == "ar"
