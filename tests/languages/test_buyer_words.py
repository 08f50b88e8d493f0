"""The fixes the wrong-language walk asked for, each as the buyer sees it (issue 13)."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.template import Context, Template
from django.utils import translation
from oscar.core.loading import get_model

from shop.words import country_name
from stories.pages import StoryPage
from tests.shop.conftest import Buyer

pytestmark = pytest.mark.django_db

Country = get_model("address", "Country")
Product = get_model("catalogue", "Product")
UserAddress = get_model("address", "UserAddress")
WishList = get_model("wishlists", "WishList")
User = get_user_model()

WINTER_STORY = "un-hiver-sur-le-metier"  # dated 14 January 2026 by the demo


def story_in(language):
    return StoryPage.objects.get(slug=WINTER_STORY, locale__language_code=language)


@pytest.mark.parametrize(
    ("language", "date"),
    [("shi", "14 ⵉⵏⵏⴰⵢⵔ 2026"), ("ar", "14 يناير، 2026"), ("en", "Jan. 14, 2026")],
)
def test_story_dates_are_written_in_the_readers_language(client, language, date):
    html = client.get(story_in(language).url).content.decode()
    assert date in html
    assert "janv." not in html


def test_tachelhit_times_use_a_24_hour_clock_and_tifinagh_months():
    with translation.override("shi"):
        rendered = Template("{{ moment|date:'DATETIME_FORMAT' }}").render(
            Context({"moment": datetime.datetime(2026, 12, 1, 15, 5)})
        )
    assert rendered == "1 ⴷⵓⵊⴰⵏⴱⵉⵔ 2026 15:05"


def test_an_arabic_byline_isolates_the_name_and_the_date(client):
    html = client.get(story_in("ar").url).content.decode()
    assert "بقلم <bdi>سلمى برادة</bdi> · <bdi><time" in html


@pytest.mark.parametrize(
    ("language", "morocco", "france"),
    [("ar", "المغرب", "فرنسا"), ("shi", "ⵍⵎⵖⵔⵉⴱ", "ⴼⵔⴰⵏⵙⴰ"), ("en", "Morocco", "France")],
)
def test_countries_are_named_in_the_buyers_language(client, language, morocco, france):
    user = User.objects.create_user("nadia", "nadia@example.com", "a-long-pass-9")
    address = UserAddress.objects.create(
        user=user,
        first_name="Nadia",
        last_name="Ait",
        line1="12",
        line4="Agadir",
        postcode="80000",
        country=Country.objects.get(iso_3166_1_a2="MA"),
    )
    client.force_login(user)
    book = client.get(f"/{language}/shop/accounts/addresses/").content.decode()
    assert morocco in book
    assert "Maroc" not in book
    form = client.get(f"/{language}/shop/accounts/addresses/add/").content.decode()
    assert f">{france}</option>" in form
    # What is stored, and the address's hash (which spots duplicates), do not move.
    with translation.override("fr"):
        french_hash = address.generate_hash()
    with translation.override(language):
        assert address.generate_hash() == french_hash
        assert country_name(address.country) == morocco


def test_a_country_cldr_does_not_name_keeps_its_stored_name():
    country = Country(iso_3166_1_a2="ZZ", printable_name="Pays inconnu", name="Pays inconnu")
    assert country_name(country, "shi") == "Pays inconnu"


@pytest.mark.parametrize(
    ("language", "title"),
    [("ar", "زيت أركان غذائي 250 مل"), ("en", "Culinary argan oil 250 ml")],
)
def test_the_basket_line_names_the_product_in_the_buyers_language(client, language, title):
    product = Product.objects.get(upc="TWZ-ARG-001")
    client.post(f"/{language}/shop/basket/add/{product.pk}/", {"quantity": 1})
    html = client.get(f"/{language}/shop/basket/").content.decode()
    assert f">{title}</a>" in html
    assert "Huile d&#x27;argan alimentaire" not in html


def test_menus_and_breadcrumbs_name_categories_in_the_buyers_language(client):
    product = Product.objects.get(upc="TWZ-ARG-001")
    with translation.override("en"):
        html = client.get(product.get_absolute_url()).content.decode()
    assert "Huiles et cosmétiques" not in html
    assert "Tapis<" not in html


def test_a_shared_wish_list_shows_its_name_not_its_owners_username(client):
    owner = User.objects.create_user("private-username", "o@example.com", "a-long-pass-9")
    wishlist = WishList.objects.create(owner=owner, name="هدايا", visibility=WishList.PUBLIC)
    html = client.get(f"/ar/shop/wishlists/{wishlist.key}/").content.decode()
    assert "قائمة الأمنيات «هدايا»" in html
    assert "private-username" not in html


@pytest.mark.parametrize(
    ("language", "words"),
    [("ar", ["تأكيد الطلب", "المراجعة والطلب"]), ("shi", ["ⵙⵙⵔⵙ ⵜⴰⵍⵖⵓⵜ", "ⵥⵕ ⵜⵍⵖⴷ"])],
)
def test_oscars_place_order_is_in_the_buyers_language(client, language, words):
    buyer = Buyer(client, language)
    buyer.add("TWZ-ARG-001")
    buyer.reach_preview()
    html = client.get(buyer.url("checkout/preview/")).content.decode()
    for word in words:
        assert word in html
    assert "Place order" not in html
    assert "Review and order" not in html


def test_arabic_asks_who_are_you_in_arabic_spelling(client):
    Buyer(client, "ar").add("TWZ-ARG-001")
    html = client.get("/ar/shop/checkout/", follow=True).content.decode()
    assert "من أنت؟" in html
    assert "من انت?" not in html
