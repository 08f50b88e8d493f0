"""Helpers to walk a buyer through the checkout (guest checkout, as most buyers do)."""

import itertools

import pytest
from django.test import Client
from oscar.core.loading import get_model

Product = get_model("catalogue", "Product")

ADDRESSES = {
    "MA": {"line4": "Casablanca", "postcode": "20250", "phone_number": "+212612345678"},
    "FR": {"line4": "Lyon", "postcode": "69001", "phone_number": "+33612345678"},
    "CA": {"line4": "Montréal", "postcode": "H2X 1Y4", "phone_number": "+15145550123"},
}
_emails = itertools.count()


def shipping_address(country, **overrides):
    return {
        "first_name": "Leïla",
        "last_name": "Benali",
        "line1": "12 rue des Orangers",
        "country": country,
        **ADDRESSES[country],
        **overrides,
    }


class Buyer:
    """A guest buyer with their own client (session and basket)."""

    def __init__(self, client, language="fr"):
        self.client = client
        self.language = language
        self.email = f"buyer{next(_emails)}@example.com"

    def url(self, path):
        return f"/{self.language}/shop/{path}"

    def add(self, upc, quantity=1):
        product = Product.objects.get(upc=upc)
        response = self.client.post(self.url(f"basket/add/{product.pk}/"), {"quantity": quantity})
        assert response.status_code == 302
        return product

    def give_email(self):
        return self.client.post(
            self.url("checkout/"), {"username": self.email, "options": "anonymous"}
        )

    def give_address(self, country="MA", **overrides):
        """Post the address; the single shipping method of its zone is then chosen by itself."""
        return self.client.post(
            self.url("checkout/shipping-address/"),
            shipping_address(country, **overrides),
            follow=True,
        )

    def choose_payment(self, method):
        return self.client.post(self.url("checkout/payment-method/"), {"method": method})

    def reach_preview(self, country="MA", method="cash-on-delivery"):
        self.give_email()
        self.give_address(country)
        response = self.choose_payment(method)
        assert response.status_code == 302, response.content.decode()[:2000]
        assert response["Location"].endswith("/checkout/preview/")

    def place_order(self, **kwargs):
        return self.client.post(self.url("checkout/preview/"), {"action": "place_order"}, **kwargs)


@pytest.fixture
def buyer(client):
    return Buyer(client)


@pytest.fixture
def client_factory():
    """More buyers (or staff), each with their own session."""
    return Client
