"""Shipping is priced by zone (Morocco, Europe, rest of the world) and weight, and free
above the threshold staff set in Settings → Shop."""

from decimal import Decimal

import pytest
from oscar.apps.partner.strategy import Selector
from oscar.core.loading import get_model

from shop.checkout.models import ShopSettings
from shop.shipping.repository import FreeShipping, Repository

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")
Country = get_model("address", "Country")
Product = get_model("catalogue", "Product")
ShippingAddress = get_model("order", "ShippingAddress")


def basket_of(*items):
    basket = Basket.objects.create()
    basket.strategy = Selector().strategy()
    for upc, quantity in items:
        basket.add_product(Product.objects.get(upc=upc), quantity)
    return basket


def shipping_to(basket, country):
    address = ShippingAddress(country=Country.objects.get(iso_3166_1_a2=country))
    methods = Repository().get_shipping_methods(basket, shipping_addr=address)
    assert len(methods) == 1
    return methods[0], methods[0].calculate(basket).incl_tax


@pytest.mark.parametrize(
    ("country", "zone", "charge"),
    [("MA", "maroc", "35.00"), ("FR", "europe", "180.00"), ("CA", "reste-du-monde", "260.00")],
)
def test_a_cushion_of_600_g_costs_the_first_band_of_its_zone(country, zone, charge):
    method, price = shipping_to(basket_of(("TWZ-TAP-002", 1)), country)
    assert method.code == zone
    assert price == Decimal(charge)


@pytest.mark.parametrize(
    ("country", "charge"), [("MA", "60.00"), ("FR", "420.00"), ("CA", "640.00")]
)
def test_three_cushions_weigh_1_8_kg_and_cost_the_second_band(country, charge):
    _method, price = shipping_to(basket_of(("TWZ-TAP-002", 3)), country)
    assert price == Decimal(charge)


def test_weights_add_up_across_lines():
    # A prayer rug (2 kg) and two cushions (1.2 kg): 3.2 kg, second band; 2 960 MAD.
    _method, price = shipping_to(basket_of(("TWZ-TAP-004", 1), ("TWZ-TAP-002", 2)), "DE")
    assert price == Decimal("420.00")


def test_a_basket_above_the_threshold_ships_free_everywhere():
    basket = basket_of(("TWZ-TAP-001", 1))  # 4 800 MAD, 6.5 kg
    assert ShopSettings.load().free_shipping_threshold == Decimal("3000.00")
    for country in ("MA", "FR", "CA"):
        method, price = shipping_to(basket, country)
        assert isinstance(method, FreeShipping)
        assert price == Decimal("0.00")


def test_without_a_threshold_the_carpet_pays_its_weight_band():
    shop_settings = ShopSettings.load()
    shop_settings.free_shipping_threshold = None
    shop_settings.save()
    _method, price = shipping_to(basket_of(("TWZ-TAP-001", 1)), "CA")
    assert price == Decimal("1050.00")


def test_the_threshold_staff_set_is_used_at_once():
    shop_settings = ShopSettings.load()
    shop_settings.free_shipping_threshold = Decimal("300.00")
    shop_settings.save()
    method, _price = shipping_to(basket_of(("TWZ-TAP-002", 1)), "FR")  # 380 MAD
    assert isinstance(method, FreeShipping)


def test_checkout_shows_the_zone_price_for_a_french_address(buyer):
    buyer.add("TWZ-TAP-002")
    buyer.reach_preview("FR", "bank-transfer")
    html = buyer.client.get(buyer.url("checkout/preview/")).content.decode()
    assert "Europe" in html
    assert "180,00" in html
