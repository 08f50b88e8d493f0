"""A campaign page creates its supporters' voucher and offer in the shop when it is published."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from oscar.core.loading import get_class, get_model

from shop.checkout.models import ShopSettings
from stories.offers import CampaignOffer
from tests.stories.test_campaign_attribution import add_to_basket, checkout

pytestmark = pytest.mark.django_db

Applicator = get_class("offer.applicator", "Applicator")
Basket = get_model("basket", "Basket")
Benefit = get_model("offer", "Benefit")
ConditionalOffer = get_model("offer", "ConditionalOffer")
Product = get_model("catalogue", "Product")
Repository = get_class("shipping.repository", "Repository")
Selector = get_class("partner.strategy", "Selector")
Voucher = get_model("voucher", "Voucher")
Range = get_model("offer", "Range")

ARGAN_OIL = "TWZ-ARG-001"  # the Taytmatine cooperative's, which the demo campaign supports
CARPET = "TWZ-TAP-001"  # the weavers', which it does not


def offer_of(campaign):
    return CampaignOffer.objects.select_related("voucher", "offer__benefit").get(
        campaign_key=campaign.translation_key
    )


def basket_with(*upcs, code):
    basket = Basket.objects.create()
    basket.strategy = Selector().strategy()
    for upc in upcs:
        basket.add_product(Product.objects.get(upc=upc))
    basket.vouchers.add(Voucher.objects.get(code=code))
    Applicator().apply(basket, AnonymousUser())
    return basket


def test_the_demo_campaign_published_its_free_delivery_voucher(aods_campaign):
    campaign_offer = offer_of(aods_campaign)
    voucher, offer = campaign_offer.voucher, campaign_offer.offer
    assert voucher.code == "PRESSOIR" and voucher.is_active()
    assert offer.is_open and offer.offer_type == ConditionalOffer.VOUCHER
    assert offer.benefit.type == Benefit.SHIPPING_PERCENTAGE and offer.benefit.value == 100
    assert timezone.localtime(voucher.start_datetime).date() == aods_campaign.start_date
    assert timezone.localtime(voucher.end_datetime).date() == aods_campaign.end_date
    upcs = set(offer.condition.range.all_products().values_list("upc", flat=True))
    assert ARGAN_OIL in upcs and CARPET not in upcs


def test_free_delivery_applies_to_a_basket_holding_the_cooperatives_piece(aods_campaign):
    shop_settings = ShopSettings.load()
    shop_settings.free_shipping_threshold = None  # no free delivery for big orders either
    shop_settings.save()
    supported = basket_with(ARGAN_OIL, code="PRESSOIR")
    method = Repository().get_default_shipping_method(basket=supported)
    assert method.calculate(supported).incl_tax == 0
    other = basket_with(CARPET, code="PRESSOIR")
    method = Repository().get_default_shipping_method(basket=other)
    assert method.calculate(other).incl_tax > 0


def test_a_percentage_offer_discounts_only_the_supported_cooperatives_pieces(aods_campaign):
    vouchers_before = Voucher.objects.count()
    aods_campaign.offer_benefit = "percentage"
    aods_campaign.offer_percentage = Decimal(10)
    aods_campaign.full_clean()
    aods_campaign.save_revision().publish()

    assert Voucher.objects.count() == vouchers_before  # the same voucher, brought up to date
    benefit = offer_of(aods_campaign).offer.benefit
    assert (benefit.type, benefit.value) == (Benefit.PERCENTAGE, Decimal(10))
    basket = basket_with(ARGAN_OIL, CARPET, code="PRESSOIR")
    oil = basket.lines.get(product__upc=ARGAN_OIL)
    assert basket.total_discount == (oil.line_price_incl_tax * Decimal("0.10")).quantize(
        Decimal("0.01")
    )


def test_an_order_with_the_pages_voucher_is_discounted_and_attributed(client, aods_campaign):
    aods_campaign.offer_benefit = "percentage"
    aods_campaign.offer_percentage = Decimal(10)
    aods_campaign.save_revision().publish()
    add_to_basket(client, upc=ARGAN_OIL)
    response = client.post("/fr/shop/basket/vouchers/add/", {"code": "pressoir"}, follow=True)
    assert "PRESSOIR" in response.content.decode()
    order = checkout(client, email="soutien@example.com")
    discount = order.discounts.get()
    assert discount.voucher_code == "PRESSOIR" and discount.amount > 0
    assert order.campaign.translation_key == aods_campaign.translation_key


def test_nothing_reaches_the_shop_before_the_campaign_is_published(aods_campaign):
    aods_campaign.offer_benefit = "percentage"
    aods_campaign.offer_percentage = Decimal(15)
    aods_campaign.save_revision()  # a draft, e.g. submitted for moderation by the association
    assert offer_of(aods_campaign).offer.benefit.type == Benefit.SHIPPING_PERCENTAGE


def test_unpublishing_suspends_the_offer_and_publishing_opens_it_again(aods_campaign, client):
    aods_campaign.unpublish()
    assert offer_of(aods_campaign).offer.is_suspended
    aods_campaign.refresh_from_db()
    aods_campaign.save_revision().publish()
    assert offer_of(aods_campaign).offer.is_open
    assert '<code translate="no">PRESSOIR</code>' in client.get(aods_campaign.url).content.decode()


def test_choosing_no_offer_suspends_it_and_hides_the_code(aods_campaign, client):
    aods_campaign.offer_benefit = ""
    aods_campaign.save_revision().publish()
    assert offer_of(aods_campaign).offer.is_suspended
    assert Voucher.objects.filter(code="PRESSOIR").exists()  # past orders keep their voucher
    assert "PRESSOIR" not in client.get(aods_campaign.url).content.decode()


def test_the_campaign_page_says_what_the_code_gives(aods_campaign, client):
    html = client.get(aods_campaign.url).content.decode()
    assert '<code translate="no">PRESSOIR</code>' in html
    assert "livraison offerte" in html


def test_a_code_of_a_voucher_made_elsewhere_is_refused_in_the_editors_language(aods_campaign):
    now = timezone.now()
    Voucher.objects.create(
        name="Soldes", code="SOLDES", start_datetime=now, end_datetime=now + timedelta(days=9)
    )
    aods_campaign.voucher_code = "soldes"
    with translation.override("ar"):
        with pytest.raises(ValidationError) as error:
            aods_campaign.full_clean()
        message = str(error.value.message_dict["voucher_code"][0])
    assert "قسيمة" in message


def test_a_percentage_is_required_and_at_most_fifty(aods_campaign):
    aods_campaign.offer_benefit = "percentage"
    with pytest.raises(ValidationError) as error:
        aods_campaign.full_clean()
    assert "offer_percentage" in error.value.message_dict
    aods_campaign.offer_percentage = Decimal(60)
    with pytest.raises(ValidationError) as error:
        aods_campaign.full_clean()
    assert "offer_percentage" in error.value.message_dict


def test_an_empty_code_is_made_from_the_share_code(aods_campaign):
    # As if the campaign had never offered anything (deleting the range takes the offer along).
    Range.objects.filter(name__endswith=f"({aods_campaign.share_code})").delete()
    Voucher.objects.filter(code="PRESSOIR").delete()
    aods_campaign.voucher_code = ""
    aods_campaign.full_clean()
    assert aods_campaign.voucher_code == aods_campaign.share_code.upper()
    aods_campaign.save_revision().publish()
    assert offer_of(aods_campaign).voucher.code == aods_campaign.share_code.upper()
