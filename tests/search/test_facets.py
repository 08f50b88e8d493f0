"""Facets with counts, sorting and pagination on the results page (issue 7)."""

import pytest

from search.engine import price_band

from .helpers import add_product, facet_counts, kinds, refresh_search_index, titles

pytestmark = pytest.mark.django_db


def test_each_facet_shows_its_values_with_counts(client):
    response = client.get("/en/search/", {"q": "argan"})
    assert facet_counts(response, "kind")["Products"] == 4
    assert facet_counts(response, "kind")["Stories"] >= 1
    products = client.get("/en/search/", {"q": "argan", "kind": "product"})
    assert facet_counts(products, "craft") == {"Argan oil": 4}
    assert facet_counts(products, "region") == {"Tiznit, Souss-Massa": 4}
    assert facet_counts(products, "cooperative") == {"Taytmatine Women's Argan Cooperative": 4}
    assert facet_counts(products, "product_type") == {"Food and cosmetics": 4}
    assert facet_counts(products, "stock") == {"In stock": 4}
    assert sum(facet_counts(products, "price").values()) == 4


@pytest.mark.parametrize(
    ("query", "kind", "craft", "region"),
    [
        ("argan", "story", "Argan", "Souss-Massa"),
        ("aicha", "artisan", "Argan oil", "Tiznit, Souss-Massa"),
        ("taytmatine", "cooperative", "Argan oil", "Tiznit, Souss-Massa"),
    ],
)
def test_pages_have_craft_and_region_facets(client, query, kind, craft, region):
    """A story's crafts and regions; an artisan's crafts and cooperative's region; a
    cooperative's region and its artisans' crafts, named in the visitor's language."""
    response = client.get("/en/search/", {"q": query, "kind": kind})
    assert set(kinds(response)) == {kind}
    assert craft in facet_counts(response, "craft")
    assert region in facet_counts(response, "region")
    slugs = {"Argan": "argan", "Argan oil": "huile-d-argan"}
    chosen = client.get("/en/search/", {"q": query, "craft": slugs[craft]})
    assert kind in kinds(chosen)


def test_a_facet_is_a_get_parameter_that_filters_the_results(client):
    response = client.get("/en/search/", {"q": "argan", "kind": "story"})
    assert set(kinds(response)) == {"story"}
    # The kind facet still counts the other kinds, so the visitor can widen the search.
    assert facet_counts(response, "kind")["Products"] == 4


def test_price_band_facet(client):
    response = client.get("/fr/search/", {"q": "tapis", "price": "over-3000"})
    assert titles(response) == ["Tapis à losanges rouge garance"]
    assert price_band(None) is None


def test_sort_by_price(client):
    cheapest_first = titles(client.get("/en/search/", {"q": "argan", "sort": "price"}))
    dearest_first = titles(client.get("/en/search/", {"q": "argan", "sort": "-price"}))
    assert cheapest_first[:4] == [
        "Argan and ghassoul soap",
        "Almond amlou 300 g",
        "Cosmetic argan oil 100 ml",
        "Culinary argan oil 250 ml",
    ]
    assert dearest_first[:4] == cheapest_first[:4][::-1]


def test_sort_by_newest(client):
    add_product("Cuivre")
    add_product("Cuivre")
    found = titles(client.get("/fr/search/", {"q": "cuivre", "sort": "newest"}))
    numbers = [int(title.rsplit(" ", 1)[1]) for title in found if title.startswith("Cuivre")]
    assert len(numbers) == 2
    assert numbers == sorted(numbers, reverse=True)


def test_results_are_paginated(client):
    for _ in range(22):
        add_product("Lanterne")
    first = client.get("/fr/search/", {"q": "lanterne"})
    second = client.get("/fr/search/", {"q": "lanterne", "page": 2})
    assert len(kinds(first)) == 20
    assert len(kinds(second)) == 2
    assert 'rel="next"' in first.content.decode()


def test_a_product_out_of_stock_shows_sold_out_and_leaves_the_in_stock_facet(client):
    product = add_product("Plateau")
    response = client.get("/en/search/", {"q": "plateau"})
    assert facet_counts(response, "stock") == {"In stock": 1}
    record = product.stockrecords.get()
    record.num_in_stock = 0
    record.save()
    refresh_search_index()
    response = client.get("/en/search/", {"q": "plateau"})
    assert '<strong class="sold-out">Sold out</strong>' in response.content.decode()
    assert facet_counts(response, "stock") == {"Sold out": 1}
    assert kinds(client.get("/en/search/", {"q": "plateau", "stock": "in-stock"})) == []


@pytest.mark.parametrize("query", ["argan", "tapis"])
def test_a_results_page_costs_a_fixed_number_of_queries(
    client, django_assert_max_num_queries, query
):
    client.get("/fr/search/", {"q": query})  # warm caches (locales, site)
    with django_assert_max_num_queries(32):
        response = client.get("/fr/search/", {"q": query, "sort": "price"})
    assert response.status_code == 200


def test_more_results_cost_no_more_queries(client, django_assert_max_num_queries):
    for _ in range(12):
        add_product("Plat")
    client.get("/fr/search/", {"q": "plat"})
    with django_assert_max_num_queries(32):
        client.get("/fr/search/", {"q": "plat"})
