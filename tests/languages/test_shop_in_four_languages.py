"""Catalogue, product, basket and checkout speak the buyer's language (issue 4)."""

import pytest
from django.utils import translation
from oscar.core.loading import get_model

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")

ARGAN_OIL = {
    "fr": "Huile d&#x27;argan alimentaire 250 ml",
    "ar": "زيت أركان غذائي 250 مل",
    "shi": "ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵏ ⵓⵎⵛⵛⵓ 250 ⵎⵍ",
    "en": "Culinary argan oil 250 ml",
}
BASKET_WORD = {"fr": "Panier", "ar": "السلة", "shi": "ⵜⴰⵇⵔⵔⵓⵢⵜ", "en": "Basket"}
LANGUAGES = ["fr", "ar", "shi", "en"]


@pytest.mark.parametrize("code", LANGUAGES)
def test_catalogue_lists_product_titles_in_the_buyers_language(client, code):
    response = client.get(f"/{code}/shop/")
    assert response.status_code == 200
    assert ARGAN_OIL[code] in response.content.decode()


@pytest.mark.parametrize("code", LANGUAGES)
def test_category_page_is_named_in_the_buyers_language(client, code):
    category = Category.objects.get(name="Tapis")
    names = {"fr": "Tapis", "ar": "زرابي", "shi": "ⵉⵣⵔⵉⴱⵏ", "en": "Carpets"}
    with translation.override(code):
        url = category.get_absolute_url()
    assert url.startswith(f"/{code}/shop/category/")
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert names[code] in html
    assert ARGAN_OIL[code] not in html


@pytest.mark.parametrize("code", LANGUAGES)
def test_basket_shows_the_product_and_labels_in_the_buyers_language(client, code):
    product = Product.objects.get(upc="TWZ-ARG-001")
    client.post(f"/{code}/shop/basket/add/{product.pk}/", {"quantity": 1})
    html = client.get(f"/{code}/shop/basket/").content.decode()
    assert ARGAN_OIL[code] in html
    assert BASKET_WORD[code] in html


@pytest.mark.parametrize("code", LANGUAGES)
def test_checkout_gateway_is_in_the_buyers_language(client, code):
    product = Product.objects.get(upc="TWZ-ARG-001")
    client.post(f"/{code}/shop/basket/add/{product.pk}/", {"quantity": 1})
    response = client.get(f"/{code}/shop/checkout/", follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'lang="{code}"' in html
    checkout_words = {
        "fr": "Qui êtes-vous",
        "ar": "من أنت؟",
        "shi": "ⵎⴰⵏⵉⵡ ⴰⴽ ⵉⴳⴰⵏ",
        "en": "Who are you?",
    }
    assert checkout_words[code] in html


def test_prices_use_western_digits_and_the_languages_currency_symbol(client):
    assert "180,00\xa0MAD" in client.get("/fr/shop/").content.decode()
    assert "180.00\xa0د.م." in client.get("/ar/shop/").content.decode()


def test_a_bad_catalogue_page_number_sends_the_buyer_back_to_page_one(client):
    response = client.get("/fr/shop/?page=abc")
    assert response.status_code == 302
    assert response["Location"] == "/fr/shop/"


@pytest.mark.parametrize(
    ("code", "query"), [("fr", "tapis"), ("ar", "أركان"), ("shi", "ⴰⵣⵔⵉⴱ"), ("en", "argan oil")]
)
def test_search_finds_products_by_their_words_in_each_language(client, code, query):
    response = client.get(f"/{code}/search/", {"q": query})
    assert response.status_code == 200
    assert 'data-kind="product"' in response.content.decode()


@pytest.mark.parametrize(
    "query", ["x" * 10_000, '"unbalanced', "title:(a OR b", "'; DROP TABLE", "🧶🫒"]
)
def test_hostile_queries_return_a_page(client, query):
    assert client.get("/fr/search/", {"q": query}).status_code == 200


def test_a_french_product_name_in_an_arabic_sentence_is_isolated(client):
    product = Product.objects.get(upc="TWZ-ARG-003")
    product.texts.filter(locale__language_code="ar").delete()
    response = client.post(f"/ar/shop/basket/add/{product.pk}/", {"quantity": 1}, follow=True)
    assert "<bdi>Amlou aux amandes 300 g</bdi>" in response.content.decode()


@pytest.mark.parametrize(
    ("code", "maker", "quote"),
    [
        ("fr", "Aïcha Id Brahim", "Aujourd&#x27;hui chaque flacon dit qui l&#x27;a pressée."),
        ("ar", "عائشة إد براهيم", "اليوم كل قارورة تقول من عصرها."),
        ("shi", "ⵄⴰⵢⵛⴰ ⵉⴷ ⴱⵔⴰⵀⵉⵎ", "ⴽⵓ ⵜⴰⵇⴰⵔⵓⵕⵜ ⵜⵏⵏⴰ ⵎⴰ ⵜⵜ ⵉⵙⴽⵔⵏ"),
        ("en", "Aïcha Id Brahim", "Today every bottle says who pressed it."),
    ],
)
def test_product_page_introduces_its_maker_in_the_buyers_language(client, code, maker, quote):
    product = Product.objects.get(upc="TWZ-ARG-001")
    with translation.override(code):
        html = client.get(product.get_absolute_url()).content.decode()
    assert maker in html
    assert quote in html
    assert f'href="/{code}/cooperatives/argan-taytmatine/aicha-id-brahim/"' in html
