"""Oscar's catalogue browsing on the search backend: facets, sorting, fixed query count, and
a plain listing when the backend does not answer (issue 7, docs/search.md)."""

import html as html_module
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from oscar.core.loading import get_model

from .helpers import add_product, facet_counts
from .test_robustness import DEAD_SERVER

pytestmark = pytest.mark.django_db

Category = get_model("catalogue", "Category")


def card_titles(response):
    """The product cards' titles, in order."""
    return [
        html_module.unescape(title)
        for title in re.findall(
            r'<h2 class="product_pod__title">\s*<a href="[^"]+"[^>]*>([^<]*)</a>',
            response.content.decode(),
        )
    ]


def category_url(name, code):
    with translation.override(code):
        return Category.objects.get(name=name).get_absolute_url()


def test_the_catalogue_lists_every_product_with_product_facets(client):
    response = client.get("/en/shop/")
    assert response.status_code == 200
    assert len(card_titles(response)) == 8
    assert "8 results" in response.content.decode()
    assert facet_counts(response, "craft") == {"Argan oil": 4, "Weaving": 4}
    assert facet_counts(response, "region") == {"Azilal, High Atlas": 4, "Tiznit, Souss-Massa": 4}
    assert sum(facet_counts(response, "cooperative").values()) == 8
    assert facet_counts(response, "product_type") == {"Food and cosmetics": 4, "Textiles": 4}
    assert facet_counts(response, "stock") == {"In stock": 8}
    assert sum(facet_counts(response, "price").values()) == 8
    # Every result is a product: no "kind" facet.
    assert facet_counts(response, "kind") == {}


def test_a_facet_filters_the_catalogue_and_sorting_orders_it(client):
    response = client.get("/en/shop/", {"craft": "huile-d-argan", "sort": "price"})
    assert card_titles(response) == [
        "Argan and ghassoul soap",
        "Almond amlou 300 g",
        "Cosmetic argan oil 100 ml",
        "Culinary argan oil 250 ml",
    ]
    dearest = client.get("/en/shop/", {"craft": "huile-d-argan", "sort": "-price"})
    assert card_titles(dearest) == card_titles(response)[::-1]
    # The craft facet still counts the other craft, so the buyer can widen the choice.
    assert facet_counts(response, "craft") == {"Argan oil": 4, "Weaving": 4}
    assert facet_counts(response, "region") == {"Tiznit, Souss-Massa": 4}


def test_a_category_lists_its_products_with_facets_counted_within_it(client):
    response = client.get(category_url("Tapis", "fr"))
    assert response.status_code == 200
    assert len(card_titles(response)) == 4
    assert facet_counts(response, "craft") == {"Tissage": 4}
    assert facet_counts(response, "region") == {"Azilal, Haut Atlas": 4}
    over = client.get(category_url("Tapis", "fr"), {"price": "over-3000"})
    assert card_titles(over) == ["Tapis à losanges rouge garance"]


def test_a_sold_out_piece_leaves_the_in_stock_facet_of_the_catalogue(client):
    product = add_product("Lampe")
    record = product.stockrecords.get()
    record.num_in_stock = 0
    record.save()
    response = client.get("/en/shop/", {"stock": "sold-out"})
    assert [title for title in card_titles(response) if title.startswith("Lampe")] == [
        product.get_title()
    ]
    assert facet_counts(response, "stock") == {"In stock": 8, "Sold out": 1}


def test_unknown_facet_values_and_sorts_give_a_page_not_an_error(client):
    response = client.get("/fr/shop/", {"price": "x" * 500, "sort": "'; DROP", "kind": "story"})
    assert response.status_code == 200


def queries_for(client, url):
    client.get(url)  # thumbnails' names are cached once per image
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_a_catalogue_page_costs_the_same_queries_with_more_products(client):
    before = queries_for(client, "/fr/shop/")
    for _ in range(12):
        add_product("Plat")
    after = queries_for(client, "/fr/shop/")
    assert after == before


def test_when_the_search_backend_is_down_the_catalogue_still_lists_products_with_facets(
    client, settings
):
    """Browsing asks the search backend nothing: the database lists and counts the products."""
    settings.WAGTAILSEARCH_BACKENDS = DEAD_SERVER
    response = client.get("/en/shop/")
    assert response.status_code == 200
    assert len(card_titles(response)) == 8
    assert facet_counts(response, "craft") == {"Argan oil": 4, "Weaving": 4}
    category = client.get(category_url("Tapis", "en"))
    assert category.status_code == 200
    assert len(card_titles(category)) == 4
