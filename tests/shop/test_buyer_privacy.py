"""A buyer cannot see another buyer's order or address by guessing numbers in the URL."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from oscar.core.loading import get_model
from oscar.test.factories import create_order

pytestmark = pytest.mark.django_db

UserAddress = get_model("address", "UserAddress")


@pytest.fixture
def alice():
    user = get_user_model().objects.create_user("alice", "alice@example.com", "x")
    order = create_order(user=user)
    address = UserAddress.objects.create(
        user=user, first_name="Alice", last_name="A.", line1="1 rue A", line4="Fès", country_id="MA"
    )
    return user, order, address


@pytest.fixture
def bob_client():
    bob = get_user_model().objects.create_user("bob", "bob@example.com", "x")
    client = Client()
    client.force_login(bob)
    return client


def test_alice_sees_her_own_order_and_address(alice):
    user, order, address = alice
    client = Client()
    client.force_login(user)
    assert client.get(f"/fr/shop/accounts/orders/{order.number}/").status_code == 200
    assert client.get(f"/fr/shop/accounts/addresses/{address.pk}/").status_code == 200


def test_a_line_of_her_own_order_opens_the_order_and_a_stranger_line_is_a_404(alice):
    user, order, _address = alice
    other_line = create_order().lines.first()
    client = Client()
    client.force_login(user)
    line_url = f"/fr/shop/accounts/orders/{order.number}/{order.lines.first().pk}/"
    response = client.get(line_url)
    assert response.status_code == 302
    assert response["Location"] == f"/fr/shop/accounts/orders/{order.number}/"
    stranger = f"/fr/shop/accounts/orders/{order.number}/{other_line.pk}/"
    assert client.get(stranger).status_code == 404
    assert client.post(stranger, {"action": "reorder"}).status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "orders/{order}/",
        "orders/{order}/{line}/",
        "addresses/{address}/",
        "addresses/{address}/delete/",
    ],
)
def test_another_buyer_gets_a_404(alice, bob_client, path):
    _user, order, address = alice
    url = "/fr/shop/accounts/" + path.format(
        order=order.number, line=order.lines.first().pk, address=address.pk
    )
    assert bob_client.get(url).status_code == 404
    assert bob_client.post(url, {"line1": "pwned"}).status_code == 404
    address.refresh_from_db()
    assert address.line1 == "1 rue A"


def test_a_guest_needs_the_orders_secret_hash(alice):
    _user, order, _address = alice
    guest = Client()
    title = order.lines.first().title
    response = guest.get(f"/fr/shop/accounts/order-status/{order.number}/abc/", follow=True)
    assert title not in response.content.decode()
    response = guest.post(
        f"/fr/shop/accounts/order-status-form/{order.number}/abc/",
        {"email_address": "alice@example.com"},
        follow=True,
    )
    assert response.status_code in (200, 404)
    assert title not in response.content.decode()
    assert guest.get(f"/fr/shop/accounts/orders/{order.number}/").status_code == 302  # login
