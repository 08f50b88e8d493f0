"""Buyers read the shipping zone in their language (the zones are named in French in the
dashboard): in the basket, through the checkout, on the confirmation page and in the email."""

import pytest
from django.core import mail
from django.utils import translation
from oscar.core.loading import get_model

from shop.shipping.zones import zone_name

from .conftest import Buyer

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
WeightBased = get_model("shipping", "WeightBased")


def test_the_zones_the_shop_ships_with_are_named_in_the_buyers_language():
    with translation.override("en"):
        names = {
            method.name: zone_name(method.code, method.name) for method in WeightBased.objects.all()
        }
    assert names == {"Maroc": "Morocco", "Europe": "Europe", "Reste du monde": "Rest of the world"}


def test_a_zone_staff_add_later_keeps_the_name_they_gave_it():
    zone = WeightBased.objects.create(name="Îles Canaries")
    with translation.override("en"):
        assert zone_name(zone.code, zone.name) == "Îles Canaries"


def test_an_english_buyer_reads_the_zone_in_english_from_basket_to_email(client):
    buyer = Buyer(client, language="en")
    buyer.add("TWZ-TAP-002")
    basket = client.get(buyer.url("basket/")).content.decode()
    assert "Morocco" in basket and "Maroc" not in basket

    buyer.reach_preview(country="CA", method="bank-transfer")
    preview = client.get(buyer.url("checkout/preview/")).content.decode()
    assert "Rest of the world" in preview and "Reste du monde" not in preview

    thank_you = buyer.place_order(follow=True).content.decode()
    assert "Rest of the world" in thank_you and "Reste du monde" not in thank_you
    order = Order.objects.get(guest_email=buyer.email)
    assert order.shipping_code == "reste-du-monde"
    (email,) = [message for message in mail.outbox if order.number in message.body]
    assert "Shipping method: Rest of the world" in email.body
    assert "Rest of the world" in email.alternatives[0][0]
