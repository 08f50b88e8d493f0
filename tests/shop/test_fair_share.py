"""Every product page and the basket show how the price splits between cooperative and
platform, computed from the cooperative's fee rate (never typed)."""

from decimal import Decimal

import pytest
from django.utils import translation
from oscar.core.loading import get_model
from oscar.templatetags.currency_filters import currency

from artisans.models import CooperativePage
from shop.fairshare import split
from shop.shipping.repository import FreeShipping
from shop.shipping.zones import zone_name

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")


def mad(amount, language="fr"):
    with translation.override(language):
        return currency(Decimal(amount), "MAD")


@pytest.fixture
def carpet():
    """The one-of-a-kind carpet, sold by a cooperative whose fee rate is 8 %."""
    product = Product.objects.get(upc="TWZ-TAP-001")
    partner = product.stockrecords.get().partner
    CooperativePage.objects.filter(partner=partner).update(fee_rate=Decimal("0.080"))
    return product


def test_split_of_4800_at_8_percent_is_384_to_the_platform():
    share = split(Decimal("4800.00"), Decimal("0.08"))
    assert share.platform == Decimal("384.00")
    assert share.cooperative == Decimal("4416.00")


def test_platform_share_rounds_half_up_and_the_shares_add_up_to_the_price():
    share = split(Decimal("10.05"), Decimal("0.100"))
    assert share.platform == Decimal("1.01")
    assert share.cooperative == Decimal("9.04")
    assert share.platform + share.cooperative == Decimal("10.05")


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_product_page_shows_the_cooperative_and_platform_shares(client, carpet, language):
    with translation.override(language):
        url = carpet.get_absolute_url()
    html = client.get(url).content.decode()
    assert mad("4416.00", language) in html
    assert mad("384.00", language) in html
    assert "8 %" in html


def test_product_page_follows_a_change_of_the_fee_rate(client, carpet):
    CooperativePage.objects.filter(partner=carpet.stockrecords.get().partner).update(
        fee_rate=Decimal("0.125")
    )
    with translation.override("fr"):
        html = client.get(carpet.get_absolute_url()).content.decode()
    assert mad("600.00") in html  # 12.5 % of 4 800
    assert mad("4200.00") in html


def test_basket_shows_the_shares_and_the_shipping_cost(client, carpet, settings):
    cushion = Product.objects.get(upc="TWZ-TAP-002")  # 380 MAD, fee rate 8 % too
    client.post(f"/fr/shop/basket/add/{carpet.pk}/", {"quantity": 1})
    client.post(f"/fr/shop/basket/add/{cushion.pk}/", {"quantity": 2})
    html = client.get("/fr/shop/basket/").content.decode()
    # 4 800 + 760 = 5 560: 384 + 60.80 to the platform, the rest to the cooperative.
    assert mad("444.80") in html
    assert mad("5115.20") in html
    assert "fair-share__cooperative" in html
    # 5 560 MAD is above the demo's free-shipping threshold (3 000 MAD).
    with translation.override("fr"):
        assert str(FreeShipping.name) in html
    assert mad("0.00") in html


def test_basket_under_the_free_shipping_threshold_shows_the_moroccan_shipping_charge(client):
    cushion = Product.objects.get(upc="TWZ-TAP-002")  # 0.6 kg
    client.post(f"/fr/shop/basket/add/{cushion.pk}/", {"quantity": 1})
    html = client.get("/fr/shop/basket/").content.decode()
    with translation.override("fr"):
        assert zone_name("maroc") in html  # "Maroc" (shop/shipping/zones.py)
    assert mad("35.00") in html
