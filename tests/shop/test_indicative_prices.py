"""Product pages show an indicative price in euros and dollars from the rates staff set."""

from decimal import Decimal

import pytest
from django.utils import translation
from oscar.core.loading import get_model
from oscar.templatetags.currency_filters import currency

from shop.checkout.models import ShopSettings
from shop.exchange import indicative_prices

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")


def test_prices_are_converted_at_the_rates_and_rounded_half_up():
    rates = ShopSettings(eur_rate=Decimal("10.85"), usd_rate=Decimal("10.02"))
    assert indicative_prices(Decimal("4800.00"), rates) == [
        ("EUR", Decimal("442.40")),
        ("USD", Decimal("479.04")),
    ]


def test_a_currency_without_a_rate_is_not_shown():
    rates = ShopSettings(eur_rate=Decimal("10.85"), usd_rate=None)
    assert [c for c, _amount in indicative_prices(Decimal("100"), rates)] == ["EUR"]


def test_product_page_shows_the_indicative_prices_and_says_so(client):
    carpet = Product.objects.get(upc="TWZ-TAP-001")  # 4 800 MAD; demo rates 10.85 and 10.02
    with translation.override("en"):
        html = client.get(carpet.get_absolute_url()).content.decode()
        assert currency(Decimal("442.40"), "EUR") in html
        assert currency(Decimal("479.04"), "USD") in html
    assert "Indicative price" in html


def test_without_rates_no_indicative_price_is_shown(client):
    shop_settings = ShopSettings.load()
    shop_settings.eur_rate = shop_settings.usd_rate = None
    shop_settings.save()
    carpet = Product.objects.get(upc="TWZ-TAP-001")
    with translation.override("fr"):
        html = client.get(carpet.get_absolute_url()).content.decode()
    assert "indicative-price" not in html
