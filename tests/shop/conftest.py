"""Helpers to walk a buyer through the checkout (guest checkout, as most buyers do)."""

import itertools
import threading
from decimal import Decimal

import pytest
from django.conf import settings
from django.db import connection, connections
from django.test import Client
from oscar.core.loading import get_model

from tests.conftest import require_service

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")
Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")

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


# Races on PostgreSQL: threads with their own connections, committing for real -------------

on_postgresql = settings.DATABASES["default"]["ENGINE"].endswith("postgresql")


@pytest.fixture
def committed_db(django_db_blocker):
    """Database access outside a test transaction, so each thread sees committed rows."""
    require_service(on_postgresql, "row locks need PostgreSQL (set DATABASE_URL)")
    with django_db_blocker.unblock():
        yield
        connections.close_all()


def fresh_product(upc, num_in_stock, like="TWZ-TAP-003", price="2600.00"):
    """A new product made like the demo's ``like``, with its own stock record."""
    source = Product.objects.get(upc=like)
    product = Product.objects.create(
        upc=upc,
        title=f"{source.title} (test)",
        product_class=source.product_class,
        artisan=source.artisan,
        is_public=True,
        weight=Decimal("1.0"),
    )
    StockRecord.objects.create(
        product=product,
        partner=source.stockrecords.get().partner,
        partner_sku=upc,
        price_currency="MAD",
        price=Decimal(price),
        num_in_stock=num_in_stock,
    )
    return product


def delete_with_its_orders(product):
    """Remove a test product and every order and basket holding it (committed tests)."""
    for order in Order.objects.filter(lines__product=product):
        shipping_address = order.shipping_address
        order.delete()
        if shipping_address is not None:
            shipping_address.delete()
    Basket.objects.filter(lines__product=product).delete()
    product.delete()


def run_together(actions):
    """Run each action at the same moment in its own thread (and its own connection); the
    results, or the exception an action raised, in order."""
    barrier = threading.Barrier(len(actions))
    results = [None] * len(actions)

    def run(index, action):
        try:
            barrier.wait()
            results[index] = action()
        except Exception as error:  # noqa: BLE001  (the test reads what each racer got)
            results[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=pair) for pair in enumerate(actions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results
