"""Orders are attributed to a campaign through its share link or its voucher."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from oscar.core.loading import get_model
from wagtail.models import Locale

from stories.attribution import ATTRIBUTION_DAYS, COOKIE_NAME
from tests.shop.conftest import shipping_address

pytestmark = pytest.mark.django_db

Benefit = get_model("offer", "Benefit")
Condition = get_model("offer", "Condition")
ConditionalOffer = get_model("offer", "ConditionalOffer")
Order = get_model("order", "Order")
Product = get_model("catalogue", "Product")
Range = get_model("offer", "Range")
Voucher = get_model("voucher", "Voucher")
User = get_user_model()

AMLOU = "TWZ-ARG-003"


def checkout(client, language="fr", method="cash-on-delivery", email=None):
    """The rest of the checkout from a filled basket; the order placed."""
    shop = f"/{language}/shop/"
    if email:
        client.post(f"{shop}checkout/", {"username": email, "options": "anonymous"})
    client.post(f"{shop}checkout/shipping-address/", shipping_address("MA"), follow=True)
    response = client.post(f"{shop}checkout/payment-method/", {"method": method})
    assert response["Location"].endswith("/checkout/preview/"), response
    response = client.post(f"{shop}checkout/preview/", {"action": "place_order"})
    assert response.status_code == 302 and "thank-you" in response["Location"]
    return Order.objects.get(pk=client.session["checkout_order_id"])


def add_to_basket(client, upc=AMLOU, language="fr"):
    product = Product.objects.get(upc=upc)
    response = client.post(f"/{language}/shop/basket/add/{product.pk}/", {"quantity": 1})
    assert response.status_code == 302


def test_the_share_link_sets_a_first_party_cookie_for_30_days(client, aods_campaign, settings):
    settings.SESSION_COOKIE_SECURE = True  # as in production: the cookie follows the session's
    response = client.get(f"{aods_campaign.url}?c={aods_campaign.share_code}")
    cookie = response.cookies[COOKIE_NAME]
    assert cookie.value == aods_campaign.share_code  # the campaign's code, nothing of the visitor
    assert cookie["max-age"] == ATTRIBUTION_DAYS * 24 * 3600
    assert cookie["httponly"] and cookie["secure"] and cookie["samesite"] == "Lax"


def test_an_unknown_or_ended_code_sets_nothing(client, aods_campaign):
    assert COOKIE_NAME not in client.get("/fr/?c=pas-une-campagne").cookies
    aods_campaign.end_date = timezone.localdate() - timedelta(days=1)
    aods_campaign.save_revision().publish()
    assert COOKIE_NAME not in client.get(f"/fr/?c={aods_campaign.share_code}").cookies
    # (LocaleMiddleware first tries the path under /fr/, which Wagtail does not know either.)
    response = client.get(f"/c/{aods_campaign.share_code}/", follow=True)
    assert response.status_code == 404
    assert COOKIE_NAME not in response.cookies


def test_the_short_link_opens_the_campaign_in_the_visitors_language(client, aods_campaign):
    response = client.get(f"/c/{aods_campaign.share_code}/", HTTP_ACCEPT_LANGUAGE="ar")
    arabic = aods_campaign.get_translation(Locale.objects.get(language_code="ar"))
    assert response.status_code == 302
    assert response["Location"] == arabic.url
    assert response.cookies[COOKIE_NAME].value == aods_campaign.share_code


def test_link_attribution_survives_login_basket_merge_and_language_switch(client, aods_campaign):
    buyer = User.objects.create_user("salma", "salma@example.com", "un-mot-de-passe-9")
    client.get(f"/c/{aods_campaign.share_code}/")
    add_to_basket(client)  # as a guest: merged into the buyer's basket at login
    response = client.post(
        "/fr/shop/accounts/login/",
        {
            "login-username": "salma@example.com",
            "login-password": "un-mot-de-passe-9",
            "login_submit": "1",
        },
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(buyer.pk)
    client.post("/i18n/setlang/", {"language": "ar", "next": "/ar/"})

    order = checkout(client, language="ar")
    assert order.user == buyer and order.language == "ar"
    assert [line.upc for line in order.lines.all()] == [AMLOU]  # the guest's basket, merged
    assert order.campaign.translation_key == aods_campaign.translation_key


def test_an_order_without_the_link_is_not_attributed(client):
    add_to_basket(client)
    order = checkout(client, email="sans-lien@example.com")
    assert order.campaign is None


@pytest.fixture
def campaign_voucher(aods_campaign):
    """A 5 % voucher on everything, set on the campaign."""
    offer = ConditionalOffer.objects.create(
        name="AODS 5 %",
        offer_type=ConditionalOffer.VOUCHER,
        condition=Condition.objects.create(
            range=Range.objects.create(name="Tout AODS", includes_all_products=True),
            type=Condition.COUNT,
            value=1,
        ),
        benefit=Benefit.objects.create(
            range=Range.objects.get(name="Tout AODS"), type=Benefit.PERCENTAGE, value=Decimal(5)
        ),
    )
    now = timezone.now()
    voucher = Voucher.objects.create(
        name="AODS",
        code="AODS5",
        start_datetime=now - timedelta(days=1),
        end_datetime=now + timedelta(days=30),
    )
    voucher.offers.add(offer)
    aods_campaign.offer_benefit = ""  # no offer of its own: the code of a dashboard voucher
    aods_campaign.voucher_code = "AODS5"
    aods_campaign.save_revision().publish()
    return voucher


def test_an_order_with_the_campaigns_voucher_is_attributed(client, aods_campaign, campaign_voucher):
    add_to_basket(client)
    response = client.post("/fr/shop/basket/vouchers/add/", {"code": "aods5"})
    assert response.status_code == 302
    order = checkout(client, email="bon@example.com")
    assert order.discounts.get().voucher_code == "AODS5"
    assert order.campaign.translation_key == aods_campaign.translation_key
