"""Product types and their attributes: a fresh database has them, the demo products use
them, and buyers read them in their language (interface words by gettext, prose values
translated with the product's text), as editors enter them in the Oscar dashboard."""

import gc
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_model
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, TranslationSource

from shop.catalogue.attributes import localized_attributes

from .conftest import Buyer

pytestmark = pytest.mark.django_db

AttributeOption = get_model("catalogue", "AttributeOption")
Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
ProductText = get_model("catalogue", "ProductText")


@pytest.fixture(autouse=True)
def close_oscar_attribute_cursors():
    """Oscar's ``product.attr`` reads through ``QuerySet.iterator()``, a server-side cursor on
    PostgreSQL, closed only when the product (in a reference cycle with its attribute
    container) is garbage-collected. Collect before the test's transaction is rolled back,
    or the late close fails inside the next test's transaction."""
    yield
    gc.collect()


def attribute_codes(slug):
    return list(
        ProductClass.objects.get(slug=slug).attributes.order_by("pk").values_list("code", "type")
    )


def test_a_fresh_database_has_the_four_product_types_and_their_attributes():
    assert attribute_codes("textiles") == [
        ("dimensions", "text"),
        ("colours", "multi_option"),
        ("one_of_a_kind", "boolean"),
    ]
    assert attribute_codes("alimentation-et-cosmetiques") == [
        ("volume", "text"),
        ("ingredients", "text"),
        ("best_before", "text"),
        ("certifications", "multi_option"),
    ]
    assert attribute_codes("bijoux") == [
        ("metal", "option"),
        ("stones", "text"),
        ("size", "text"),
    ]
    assert attribute_codes("poterie") == [
        ("dimensions", "text"),
        ("glaze", "option"),
        ("food_safe", "boolean"),
    ]
    certifications = ProductClass.objects.get(slug="alimentation-et-cosmetiques").attributes.get(
        code="certifications"
    )
    assert set(certifications.option_group.options.values_list("code", flat=True)) == {
        "organic",
        "pgi-argane",
        "onssa",
    }


def test_the_demo_products_have_a_type_and_realistic_attribute_values():
    carpets = Product.objects.filter(upc__startswith="TWZ-TAP")
    argan = Product.objects.filter(upc__startswith="TWZ-ARG")
    assert {product.product_class.slug for product in carpets} == {"textiles"}
    assert {product.product_class.slug for product in argan} == {"alimentation-et-cosmetiques"}
    oil = argan.get(upc="TWZ-ARG-001")
    assert oil.attr.volume == "250 ml"
    assert {option.code for option in oil.attr.certifications} == {
        "organic",
        "pgi-argane",
        "onssa",
    }


def test_one_of_a_kind_pieces_are_stocked_as_a_single_unit():
    for product in Product.objects.filter(product_class__slug="textiles"):
        if product.attr.get_value_by_attribute(
            product.product_class.attributes.get(code="one_of_a_kind")
        ).value:
            assert product.stockrecords.get().num_in_stock == 1, product.upc


def attribute_rows(html):
    """{attribute name: (value, lang)} from the product page's information table."""
    rows = re.findall(
        r'<tr class="product-attribute[^"]*">\s*<th scope="row">(.*?)</th>\s*'
        r"<td(?: lang=\"([\w-]+)\" dir=\"auto\")?>(.*?)</td>",
        html,
        re.S,
    )
    return {name: (value.strip(), lang or None) for name, lang, value in rows}


def product_page(client, upc, language):
    with translation.override(language):
        url = Product.objects.get(upc=upc).get_absolute_url()
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_an_english_buyer_reads_a_carpets_type_and_attributes_in_english(client):
    html = product_page(client, "TWZ-TAP-001", "en")
    assert re.search(r"Product Type</th><td>Textiles</td>", html)
    assert attribute_rows(html) == {
        "Dimensions": ("200 × 140 cm", "en"),
        "Colours": ("Madder red, Undyed wool, Black", None),
        "One of a kind": ("Yes", None),
    }
    for french in ("Couleurs", "Rouge garance", "Pièce unique", "Laine écrue"):
        assert french not in html


@pytest.mark.parametrize(
    ("language", "ingredients", "best_before"),
    [
        ("fr", "Huile d&#x27;argan vierge d&#x27;amandes torréfiées (100 %).", "18 mois après"),
        ("ar", "زيت أركان بكر من لوز محمص (100٪).", "18 شهرا بعد العصر"),
        ("shi", "ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵙⴳ ⵉⵣⵉⵎⵎⴰⵔⵏ ⵉⵜⵜⵓⵙⵎⵎⴰⵖⵏ (100 %).", "18 ⵏ ⵡⴰⵢⵢⵓⵔⵏ"),
        ("en", "Virgin argan oil from roasted kernels (100%).", "18 months after pressing"),
    ],
)
def test_prose_attribute_values_are_in_the_buyers_language(
    client, language, ingredients, best_before
):
    html = product_page(client, "TWZ-ARG-001", language)
    values = dict(attribute_rows(html).values())
    assert values[ingredients] == language
    assert any(value.startswith(best_before) and lang == language for value, lang in values.items())


def test_attribute_names_and_options_of_a_food_product_in_english(client):
    rows = attribute_rows(product_page(client, "TWZ-ARG-001", "en"))
    assert list(rows) == ["Volume", "Ingredients", "Best before", "Certifications"]
    assert rows["Volume"] == ("250 ml", "en")
    assert rows["Certifications"] == ("Organic, Argane PGI, ONSSA approved", None)


def test_a_value_not_yet_translated_shows_in_french_marked_as_french():
    jewellery = ProductClass.objects.get(slug="bijoux")
    necklace = Product.objects.create(
        title="Collier berbère", product_class=jewellery, upc="TEST-BIJ-1"
    )
    necklace.attr.stones = "Ambre et corail"
    necklace.attr.metal = AttributeOption.objects.get(code="silver")
    necklace.save()

    with translation.override("en"):
        lines = {
            line.name: line for line in localized_attributes(Product.objects.get(pk=necklace.pk))
        }
    assert lines["Stones"].value == "Ambre et corail"
    assert lines["Stones"].language_code == "fr"
    assert lines["Metal"].value == "Silver"


def test_editing_a_value_in_the_dashboard_updates_the_french_text_translators_work_from():
    soap = Product.objects.get(upc="TWZ-ARG-004")
    soap.attr.ingredients = "Huiles d'argan et d'olive saponifiées, ghassoul."
    soap.save()  # as Oscar's dashboard product form does

    french = ProductText.objects.get(product=soap, locale__language_code="fr")
    codes = [block.value["code"] for block in french.attribute_texts]
    assert codes == ["volume", "ingredients", "best_before"]
    assert french.attribute_texts[1].value["text"] == (
        "Huiles d'argan et d'olive saponifiées, ghassoul."
    )
    # Still the earlier English words until a translator updates them.
    english = ProductText.objects.get(product=soap, locale__language_code="en")
    assert "Atlas ghassoul clay" in english.attribute_texts[1].value["text"]


def test_translators_are_offered_the_values_not_the_attribute_codes():
    oil = Product.objects.get(upc="TWZ-ARG-001")
    french = ProductText.objects.get(product=oil, locale=Locale.objects.get(language_code="fr"))
    source, _created = TranslationSource.get_or_create_from_instance(french)
    offered = set(
        StringSegment.objects.filter(source=source).values_list("string__data", flat=True)
    )
    assert "Virgin argan oil" not in offered
    assert "Huile d'argan vierge d'amandes torréfiées (100 %)." in offered
    assert not offered & {"ingredients", "volume", "best_before"}


def test_a_one_of_a_kind_carpet_is_no_longer_for_sale_once_bought():
    buyer = Buyer(Client())
    carpet = buyer.add("TWZ-TAP-003")
    buyer.reach_preview()
    assert buyer.place_order()["Location"].endswith("/checkout/thank-you/")

    page = Client().get(carpet.get_absolute_url()).content.decode()
    assert f"/shop/basket/add/{carpet.pk}/" not in page
    late_buyer = Buyer(Client())
    late_buyer.add("TWZ-TAP-003")
    basket = late_buyer.client.get(late_buyer.url("basket/")).context["basket"]
    assert basket.num_items == 0
    stock = carpet.stockrecords.get()
    assert stock.num_in_stock == 1 and stock.num_allocated == 1


def test_the_product_page_asks_no_more_queries_for_more_attributes():
    """A cushion (three attributes) and an oil (four, two of them translated prose) cost the
    same number of queries: attribute values, options and texts are fetched once each."""
    counts = []
    for upc in ("TWZ-TAP-002", "TWZ-ARG-002"):
        with translation.override("en"):
            url = Product.objects.get(upc=upc).get_absolute_url()
        # A visitor of their own: the page lists the products the visitor saw before.
        client = Client()
        client.get(url)  # caches (site, settings) filled alike for both
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


@pytest.fixture
def admin_client(client, settings):
    settings.DEBUG = True
    assert client.login(username="admin", password="tawiza-demo")
    return client


def test_editors_see_the_attribute_texts_in_the_wagtail_admin(admin_client):
    oil = Product.objects.get(upc="TWZ-ARG-001")
    for language, words in (
        ("fr", "amandes torr"),
        ("en", "Virgin argan oil from roasted kernels"),
    ):
        text = ProductText.objects.get(product=oil, locale__language_code=language)
        response = admin_client.get(
            reverse("wagtailsnippets_catalogue_producttext:edit", args=[text.pk])
        )
        assert response.status_code == 200
        assert words in response.content.decode()
