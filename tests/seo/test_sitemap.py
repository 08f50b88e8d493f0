"""/sitemap.xml lists pages, products and categories in the four languages, each with its
hreflang alternates, on the same host as the pages' canonical URLs."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.utils import translation
from oscar.core.loading import get_model

from tests.sitemaps import sitemap_files

from .pages import LANGUAGES, SHOP_PRODUCT, get_head, page_url

pytestmark = pytest.mark.django_db

Category = get_model("catalogue", "Category")
Product = get_model("catalogue", "Product")
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemap(client):
    entries = {}
    for text in sitemap_files(client):
        root = ET.fromstring(text)  # noqa: S314 (our own sitemap)
        for url in root.findall("sm:url", NS):
            location = url.find("sm:loc", NS).text
            assert location not in entries, f"{location} is listed twice"
            entries[location] = {
                link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)
            }
    return entries


def absolute(path):
    return f"http://testserver{path}"


def urls_of(obj):
    urls = {}
    for language in LANGUAGES:
        with translation.override(language):
            urls[language] = absolute(obj.get_absolute_url())
    return urls


@pytest.mark.parametrize(
    "find",
    [
        lambda: Product.objects.get(upc=SHOP_PRODUCT),
        lambda: Category.objects.filter(product__upc=SHOP_PRODUCT).first(),
    ],
    ids=["product", "category"],
)
def test_products_and_categories_are_listed_in_every_language_with_hreflang(client, find):
    entries = sitemap(client)
    urls = urls_of(find())
    for language in LANGUAGES:
        alternates = entries[urls[language]]
        assert {code: alternates[code] for code in LANGUAGES} == urls
        assert alternates["x-default"] == urls["fr"]


def test_every_public_product_is_listed_and_no_other(client):
    hidden = Product.objects.browsable().exclude(upc=SHOP_PRODUCT).first()
    hidden.is_public = False
    hidden.save()
    entries = sitemap(client)
    for product in Product.objects.browsable():
        assert urls_of(product)["en"] in entries
    assert urls_of(hidden)["fr"] not in entries


@pytest.mark.parametrize("page_type", ["cooperative", "product", "category"])
def test_the_sitemap_and_the_canonical_url_agree(client, page_type):
    entries = sitemap(client)
    for language in LANGUAGES:
        (canonical,) = get_head(client, page_url(language, page_type)).hrefs("canonical")
        assert canonical in entries
        assert entries[canonical][language] == canonical


def test_every_location_is_on_the_requests_host(client):
    hosts = set()
    for location, alternates in sitemap(client).items():
        hosts |= {urlsplit(location).netloc} | {urlsplit(u).netloc for u in alternates.values()}
    assert hosts == {"testserver"}


def test_the_index_splits_big_sections_into_files_and_loses_nothing(client, monkeypatch):
    """At scale a section is served in files of ``ENTRIES_PER_FILE`` entries, each listed in
    the index; shrunk here to three entries a file."""
    from tawiza import sitemaps

    everything = sitemap(client)
    for section in sitemaps.SECTIONS.values():
        monkeypatch.setattr(section, "limit", 3)
    files = sitemap_files(client)
    index = client.get("/sitemap.xml").content.decode()
    products = Product.objects.browsable().count() * len(LANGUAGES)
    assert f"http://testserver/sitemap-products.xml?p={-(-products // 3)}</loc>" in index
    assert len(files) > 3
    assert all(text.count("<url>") <= 3 for text in files)
    assert sitemap(client) == everything


def test_an_unknown_section_or_file_number_is_not_found(client):
    assert client.get("/sitemap-nothing.xml").status_code == 404
    assert client.get("/sitemap-products.xml?p=999").status_code == 404
