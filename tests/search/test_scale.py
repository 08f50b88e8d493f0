"""Search and browsing at scale (issue 16): products paged and facets counted in the database,
no cap on how many are listed, the same number of queries at two catalogue sizes.

Products are made in bulk (``bulk_products``) so that hundreds cost a few queries.
"""

import html as html_module
import re
from decimal import Decimal

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .helpers import bulk_products

pytestmark = pytest.mark.django_db

PER_PAGE = settings.OSCAR_PRODUCTS_PER_PAGE
# The budget of a catalogue page (docs/performance.md, "Search at scale").
CATALOGUE_QUERY_BUDGET = 25


def options(response):
    """``[(facet, value, count)]`` of every facet option on the page."""
    return [
        (name, html_module.unescape(value), int(count))
        for name, value, count in re.findall(
            r'<input type="checkbox" name="(\w+)" value="([^"]*)"[^>]*> [^<]*'
            r'<span class="search-facet__count">\((\d+)\)',
            response.content.decode(),
        )
    ]


def catalogue_total(response):
    return int(re.search(r'class="catalogue-total">(\d+) ', response.content.decode()).group(1))


def search_total(response):
    return int(re.search(r'class="search-total">(\d+) ', response.content.decode()).group(1))


def card_count(response):
    return response.content.decode().count('class="product_pod__title"')


def card_prices(response):
    """The prices shown on the product cards, in order (digits only)."""
    html = response.content.decode()
    return [
        Decimal(re.sub(r"[^\d.]", "", price.replace(",", ".").replace("\u202f", "")))
        for price in re.findall(r'class="price_color">([^<]+)<', html)
    ]


def queries_for(client, url, params=None):
    client.get(url, params)  # thumbnails' names are cached once per image
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, params).status_code == 200
    return len(queries)


def test_the_catalogue_lists_and_counts_every_product_with_no_cap(client):
    before = catalogue_total(client.get("/fr/shop/"))
    bulk_products(330, "Coussin")
    first = client.get("/fr/shop/")
    total = catalogue_total(first)
    assert total == before + 330
    last_page = -(-total // PER_PAGE)
    last = client.get("/fr/shop/", {"page": last_page})
    assert last.status_code == 200
    assert card_count(last) == total - (last_page - 1) * PER_PAGE
    assert client.get("/fr/shop/", {"page": last_page + 1}).status_code == 302


def test_catalogue_facet_counts_equal_what_choosing_them_lists(client):
    bulk_products(60, "Pouf", sold_out_every=5)
    response = client.get("/fr/shop/")
    found = options(response)
    assert {name for name, _value, _count in found} >= {
        "craft",
        "region",
        "cooperative",
        "product_type",
        "price",
        "stock",
    }
    for name, value, count in found:
        chosen = client.get("/fr/shop/", {name: value})
        assert catalogue_total(chosen) == count, (name, value)


def test_facet_counts_follow_the_other_facets_chosen(client):
    bulk_products(40, "Panier", sold_out_every=4)
    chosen = {"stock": "sold-out", "price": "under-200"}
    response = client.get("/fr/shop/", chosen)
    for name, value, count in options(response):
        # Each facet counts with the other facets' filters, so its own value replaces the
        # chosen one and the other one stays.
        params = {**chosen, name: value}
        assert catalogue_total(client.get("/fr/shop/", params)) == count, (name, value)


def test_price_bands_and_price_sorting_agree_with_the_prices_shown(client):
    bulk_products(30, "Bol")
    bands = {
        "under-200": (None, Decimal("200")),
        "200-1000": (Decimal("200"), Decimal("1000")),
        "1000-3000": (Decimal("1000"), Decimal("3000")),
        "over-3000": (Decimal("3000"), None),
    }
    for band, (lower, upper) in bands.items():
        prices = card_prices(client.get("/fr/shop/", {"price": band}))
        assert prices
        assert all((lower is None or p >= lower) and (upper is None or p < upper) for p in prices)
    cheapest = card_prices(client.get("/fr/shop/", {"sort": "price"}))
    dearest = card_prices(client.get("/fr/shop/", {"sort": "-price"}))
    assert cheapest == sorted(cheapest)
    assert dearest == sorted(dearest, reverse=True)
    assert cheapest[0] <= dearest[-1] and dearest[0] >= cheapest[-1]


def test_a_catalogue_page_costs_the_same_queries_at_two_sizes_within_budget(client):
    bulk_products(30, "Vase")
    small = queries_for(client, "/fr/shop/")
    filtered_small = queries_for(client, "/fr/shop/", {"craft": "tissage", "sort": "price"})
    bulk_products(300, "Vase")
    assert queries_for(client, "/fr/shop/") == small
    assert queries_for(client, "/fr/shop/", {"craft": "tissage", "sort": "price"}) == filtered_small
    assert small <= CATALOGUE_QUERY_BUDGET
    assert filtered_small <= CATALOGUE_QUERY_BUDGET


def test_a_category_page_costs_the_same_queries_at_two_sizes(client):
    from .test_catalogue import category_url

    url = category_url("Tapis", "fr")
    small = queries_for(client, url)
    bulk_products(200, "Tenture")
    assert queries_for(client, url) == small
    assert small <= CATALOGUE_QUERY_BUDGET


def test_search_results_are_counted_and_paged_past_the_old_cap(client):
    bulk_products(520, "Zellige")
    first = client.get("/fr/search/", {"q": "zellige"})
    assert search_total(first) == 520
    last = client.get("/fr/search/", {"q": "zellige", "page": 26})
    assert last.content.decode().count('data-kind="product"') == 520 - 25 * 20


def test_search_facet_counts_equal_what_choosing_them_shows(client):
    bulk_products(45, "Fibule", sold_out_every=3)
    response = client.get("/en/search/", {"q": "fibule"})
    found = options(response)
    assert {name for name, _value, _count in found} >= {"kind", "craft", "price", "stock"}
    for name, value, count in found:
        chosen = client.get("/en/search/", {"q": "fibule", name: value})
        assert search_total(chosen) == count, (name, value)


def test_a_search_costs_the_same_queries_at_two_sizes(client):
    bulk_products(30, "Tajine")
    small = queries_for(client, "/fr/search/", {"q": "tajine"})
    by_price = queries_for(client, "/fr/search/", {"q": "tajine", "sort": "price"})
    bulk_products(300, "Tajine")
    assert queries_for(client, "/fr/search/", {"q": "tajine"}) == small
    assert queries_for(client, "/fr/search/", {"q": "tajine", "sort": "price"}) == by_price
