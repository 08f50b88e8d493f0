"""Every buyer page in Arabic, Tachelhit and English has no word of another language (issue 13).

The walk goes through the pages as a buyer does, with the test client: the showcase pages, the
catalogue, search, the basket empty and filled, each checkout step as a guest, the thank-you
page and the guest's order status, sign-in and password reset, then the account pages of a
signed-in buyer, and a 404. Each page's readable text goes through `wrong_language` (see
`wrong_language.py`); the test fails with every finding, page by page.

The buyer writes their name and address in the language of the page, as a buyer reading that
language would (what a buyer types is shown back as typed: it is theirs, not the interface's).
"""

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from oscar.core.loading import get_model

from artisans.models.pages import ArtisanPage, CooperativeIndexPage, CooperativePage
from stories.pages import CampaignIndexPage, CampaignPage, StoryIndexPage, StoryPage

from .wrong_language import BUYER, reported

pytestmark = pytest.mark.django_db

Category = get_model("catalogue", "Category")
Country = get_model("address", "Country")
Order = get_model("order", "Order")
Product = get_model("catalogue", "Product")
UserAddress = get_model("address", "UserAddress")
WishList = get_model("wishlists", "WishList")
User = get_user_model()

PRODUCT = "TWZ-ARG-001"  # translated in every language by the demo
SEARCH = {"ar": "أركان", "shi": "ⴰⵣⵔⵉⴱ", "en": "argan oil"}


def first_url(model, language):
    page = model.objects.live().public().filter(locale__language_code=language).first()
    assert page is not None, f"the demo has no {model.__name__} in {language}"
    return page.url


class Walk:
    """A buyer going through the site in one language; `pages` holds what each page showed."""

    def __init__(self, client, language):
        self.client = client
        self.language = language
        self.pages = {}

    def see(self, name, response):
        assert response.status_code in (200, 404), f"{name}: {response.status_code}"
        self.pages[name] = response.content.decode()
        return response

    def get(self, name, url, **kwargs):
        return self.see(name, self.client.get(url, follow=True, **kwargs))

    def post(self, name, url, data):
        return self.see(name, self.client.post(url, data, follow=True))

    def shop(self, path=""):
        return f"/{self.language}/shop/{path}"

    def findings(self):
        found = {}
        for name, html in self.pages.items():
            mistakes = reported(html, self.language)
            if mistakes:
                found[name] = mistakes
        return found


def walk_showcase(walk):
    language = walk.language
    walk.get("home", f"/{language}/")
    for name, model in (
        ("cooperative index", CooperativeIndexPage),
        ("cooperative", CooperativePage),
        ("artisan", ArtisanPage),
        ("story index", StoryIndexPage),
        ("story", StoryPage),
        ("campaign index", CampaignIndexPage),
        ("campaign", CampaignPage),
    ):
        walk.get(name, first_url(model, language))
    walk.get("404", f"/{language}/no-such-page/")


def walk_shop(walk, product):
    language = walk.language
    walk.get("catalogue", walk.shop())
    with translation.override(language):
        category = product.get_categories().first() or Category.objects.first()
        walk.get("category", category.get_absolute_url())
        walk.get("product", product.get_absolute_url())
    walk.get("search results", f"/{language}/search/", data={"q": SEARCH[language]})
    walk.get("empty basket", walk.shop("basket/"))
    walk.post("added to basket", walk.shop(f"basket/add/{product.pk}/"), {"quantity": 1})
    walk.get("basket", walk.shop("basket/"))


def walk_checkout(walk):
    """As a guest: email, address, (shipping method), payment, preview, thank you."""
    walk.get("checkout: who are you", walk.shop("checkout/"))
    response = walk.post(
        "checkout: address",
        walk.shop("checkout/"),
        {"username": f"walk-{walk.language}@example.com", "options": "anonymous"},
    )
    address = {
        **BUYER[walk.language],
        "country": "MA",
        "postcode": "80000",
        "phone_number": "+212612345678",
    }
    response = walk.post(
        "checkout: shipping method or payment", walk.shop("checkout/shipping-address/"), address
    )
    assert (
        "payment-method" in response.wsgi_request.path
        or "shipping-method" in response.wsgi_request.path
    )
    if "shipping-method" in response.wsgi_request.path:
        walk.pages["checkout: shipping method"] = walk.pages.pop(
            "checkout: shipping method or payment"
        )
        walk.get("checkout: payment", walk.shop("checkout/payment-method/"))
    else:
        walk.pages["checkout: payment"] = walk.pages.pop("checkout: shipping method or payment")
    response = walk.post(
        "checkout: preview", walk.shop("checkout/payment-method/"), {"method": "cash-on-delivery"}
    )
    assert response.wsgi_request.path.endswith("/checkout/preview/")
    response = walk.post("thank you", walk.shop("checkout/preview/"), {"action": "place_order"})
    assert "thank-you" in response.wsgi_request.path
    order = Order.objects.get(pk=walk.client.session["checkout_order_id"])
    walk.get(
        "guest order status",
        walk.shop(f"accounts/order-status/{order.number}/{order.verification_hash()}/"),
    )
    return order


def walk_accounts(walk, order):
    walk.get("sign in and register", walk.shop("accounts/login/"))
    walk.get("password reset", walk.shop("password-reset/"))
    walk.post("password reset sent", walk.shop("password-reset/"), {"email": "nobody@example.com"})
    buyer = User.objects.create_user(
        f"walk-{walk.language}", f"walk-{walk.language}@example.com", "a-long-pass-9"
    )
    order.user = buyer
    order.save()
    UserAddress.objects.create(
        user=buyer,
        country=Country.objects.get(iso_3166_1_a2="MA"),
        postcode="80000",
        phone_number="+212612345678",
        **BUYER[walk.language],
    )
    wishlist = WishList.objects.create(owner=buyer, name=BUYER[walk.language]["first_name"])
    wishlist.add(order.lines.first().product)
    walk.client.force_login(buyer)
    walk.get("account", walk.shop("accounts/"))
    walk.get("order history", walk.shop("accounts/orders/"))
    walk.get("order detail", walk.shop(f"accounts/orders/{order.number}/"))
    walk.get("address book", walk.shop("accounts/addresses/"))
    walk.get("new address", walk.shop("accounts/addresses/add/"))
    walk.get("wishlists", walk.shop("accounts/wishlists/"))
    walk.get("wishlist", walk.shop(f"accounts/wishlists/{wishlist.key}/"))
    walk.get("shared wishlist", walk.shop(f"wishlists/{wishlist.key}/"))
    walk.get("profile", walk.shop("accounts/profile/"))


@pytest.mark.parametrize("language", ["ar", "shi", "en"])
def test_every_buyer_page_speaks_only_the_buyers_language(client, language):
    walk = Walk(client, language)
    product = Product.objects.get(upc=PRODUCT)
    walk_showcase(walk)
    walk_shop(walk, product)
    order = walk_checkout(walk)
    walk_accounts(walk, order)
    for name, html in walk.pages.items():  # every page really is the buyer's language's
        assert f'lang="{language}"' in html, name
    assert len(walk.pages) >= 30
    findings = walk.findings()
    report = "\n".join(
        f"{name} ({len(mistakes)}):\n  " + "\n  ".join(mistakes)
        for name, mistakes in findings.items()
    )
    assert not findings, f"words of another language on /{language}/ pages:\n{report}"


def test_the_walk_finds_french_left_on_an_english_page(client):
    """The walk is not blind: a French word put into a page is reported, with its page."""
    walk = Walk(client, "en")
    walk.get("home", "/en/")
    walk.pages["home"] = walk.pages["home"].replace("</main>", "<p>Ajouter au panier</p></main>")
    assert "Ajouter" in " ".join(walk.findings().get("home", []))
