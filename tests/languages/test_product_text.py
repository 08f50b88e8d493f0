"""Product words in four languages without four products (DESIGN.md, the hard joints)."""

import pytest
from oscar.core.loading import get_model
from wagtail.models import Locale

from shop.catalogue.texts import localized_text
from tawiza.demo.translation import translate_instance

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
ProductText = get_model("catalogue", "ProductText")

ARABIC_TITLE = "زيت أركان غذائي 250 مل"


@pytest.fixture
def argan_oil():
    return Product.objects.get(upc="TWZ-ARG-001")


@pytest.fixture
def arabic_text(argan_oil):
    french = argan_oil.texts.get(locale__language_code="fr")
    return translate_instance(
        french,
        Locale.objects.get(language_code="ar"),
        {french.title: ARABIC_TITLE, french.description: "زيت أركان بكر معصور على البارد."},
    )


def test_saving_a_product_keeps_its_french_text_in_step(argan_oil):
    argan_oil.title = "Huile d'argan alimentaire, 250 ml"
    argan_oil.save()
    assert (
        argan_oil.texts.get(locale__language_code="fr").title == "Huile d'argan alimentaire, 250 ml"
    )


def test_demo_products_are_translated_in_every_language():
    for product in Product.objects.all():
        languages = set(product.texts.values_list("locale__language_code", flat=True))
        assert languages == {"fr", "ar", "shi", "en"}


def test_tachelhit_product_page_is_in_tifinagh(client, argan_oil):
    html = client.get(f"/shi/shop/{argan_oil.slug}_{argan_oil.pk}/").content.decode()
    assert "ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵏ ⵓⵎⵛⵛⵓ 250 ⵎⵍ" in html
    assert 'class="translation-notice"' not in html


def test_one_product_serves_every_language(argan_oil, arabic_text):
    assert arabic_text.product == argan_oil
    assert Product.objects.filter(upc="TWZ-ARG-001").count() == 1
    assert argan_oil.stockrecords.count() == 1


def test_arabic_product_page_shows_the_arabic_title_and_description(client, argan_oil, arabic_text):
    html = client.get(f"/ar/shop/{argan_oil.slug}_{argan_oil.pk}/").content.decode()
    assert ARABIC_TITLE in html
    assert "زيت أركان بكر معصور على البارد." in html
    assert "Huile d&#x27;argan alimentaire" not in html


def test_untranslated_product_falls_back_to_french_visibly(client, argan_oil):
    argan_oil.texts.filter(locale__language_code="shi").delete()
    html = client.get(f"/shi/shop/{argan_oil.slug}_{argan_oil.pk}/").content.decode()
    assert "Huile d&#x27;argan alimentaire 250 ml" in html
    assert 'class="translation-notice"' in html
    text = localized_text(argan_oil, "shi")
    assert text.is_fallback and text.language_code == "fr"


def test_basket_and_order_lines_use_the_buyers_language(client, argan_oil, arabic_text):
    client.post(f"/ar/shop/basket/add/{argan_oil.pk}/", {"quantity": 1})
    html = client.get("/ar/shop/basket/").content.decode()
    assert ARABIC_TITLE in html


def test_listing_product_titles_costs_one_query_when_texts_are_prefetched(
    argan_oil, arabic_text, django_assert_num_queries
):
    products = list(Product.objects.filter(is_public=True).prefetch_related("texts__locale"))
    with django_assert_num_queries(0):
        titles = [p.get_title() for p in products]
    assert len(titles) == len(products)
