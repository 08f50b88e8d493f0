"""schema.org JSON-LD: a product with its offer (price, currency, availability from the stock
strategy, seller), categories and the catalogue as collections."""

import pytest
from oscar.core.loading import get_class, get_model

from .pages import LANGUAGES, SHOP_PRODUCT, get_head, page_url

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")
Selector = get_class("partner.strategy", "Selector")


def product_ld(client, language="fr"):
    head = get_head(client, page_url(language, "product"))
    (data,) = [d for d in head.json_ld if d.get("@type") == "Product"]
    return head, data


@pytest.mark.parametrize("language", LANGUAGES)
def test_product_json_ld_has_the_offer_a_buyer_sees(client, language):
    head, data = product_ld(client, language)
    product = Product.objects.get(upc=SHOP_PRODUCT)
    info = Selector().strategy().fetch_for_product(product)
    assert data["@context"] == "https://schema.org"
    assert data["name"] == head.meta["og:title"][0]
    assert data["description"]
    assert data["sku"] == SHOP_PRODUCT
    assert data["url"] == head.hrefs("canonical")[0]
    assert data["image"][0] == head.meta["og:image"][0]
    offer = data["offers"]
    assert offer["@type"] == "Offer"
    assert offer["priceCurrency"] == "MAD" == info.price.currency
    assert float(offer["price"]) == float(info.price.incl_tax)
    assert offer["availability"] == "https://schema.org/InStock"
    assert offer["seller"]["@type"] == "Organization"
    assert offer["seller"]["name"] == data["brand"]["name"]
    assert offer["seller"]["url"].startswith(f"http://testserver/{language}/cooperatives/")


def test_a_sold_out_product_is_out_of_stock_in_its_json_ld(client):
    product = Product.objects.get(upc=SHOP_PRODUCT)
    StockRecord.objects.filter(product=product).update(num_in_stock=0, num_allocated=0)
    _head, data = product_ld(client)
    assert data["offers"]["availability"] == "https://schema.org/OutOfStock"


def test_json_ld_cannot_close_its_script_element(client):
    product = Product.objects.get(upc=SHOP_PRODUCT)
    product.texts.filter(locale__language_code="fr").update(
        description="Huile </script><script>alert(1)</script> & miel"
    )
    html = client.get(page_url("fr", "product")).content.decode()
    assert "</script><script>alert(1)" not in html
    _head, data = product_ld(client)
    assert data["description"] == "Huile alert(1) & miel"  # plain text, tags dropped


@pytest.mark.parametrize("page_type", ["catalogue", "category"])
def test_category_and_catalogue_are_collections(client, page_type):
    head = get_head(client, page_url("ar", page_type))
    (data,) = head.json_ld
    assert data["@type"] == "CollectionPage"
    assert data["url"] == head.hrefs("canonical")[0]
    assert data["name"] == head.meta["og:title"][0]


def test_the_shop_pages_json_ld_is_allowed_by_the_content_security_policy(client):
    """JSON-LD is data, not script: the policy forbids inline scripts, and browsers do not run
    (nor block) an application/ld+json element."""
    response = client.get(page_url("fr", "product"))
    policy = response.headers.get("Content-Security-Policy", "")
    assert "script-src" in policy
    assert "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
    assert b'<script type="application/ld+json">' in response.content
