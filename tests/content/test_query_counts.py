"""Rendering a content page costs a bounded number of queries, whatever its size.

Each test renders a page, adds artisans (with portraits and products) or cooperatives, and
renders it again: the count must not grow. Renditions and thumbnails of the new images are
made on a first render (as in production, once); the counted render is the one after it.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from artisans.models import CooperativeIndexPage

from .conftest import add_artisan_with_products, add_cooperative

pytestmark = pytest.mark.django_db

# Ceilings a little above today's counts (home 24 with its latest stories and campaigns,
# index 13, cooperative 23, artisan 22; sessions and the language switcher included), so
# that a new query per page is noticed.
MAX_QUERIES = {"home": 26, "index": 16, "cooperative": 26, "artisan": 25}


def queries_to_render(client, path):
    assert client.get(path).status_code == 200  # renditions, thumbnails, caches
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_home_page_query_count_does_not_grow(client, weaving, django_assert_max_num_queries):
    before = queries_to_render(client, "/fr/")
    for _ in range(3):
        add_artisan_with_products(weaving, products=3)
    after = queries_to_render(client, "/fr/")
    assert after <= before
    with django_assert_max_num_queries(MAX_QUERIES["home"]):
        client.get("/fr/")


def test_cooperative_index_query_count_does_not_grow(
    client, weaving, django_assert_max_num_queries
):
    path = "/fr/cooperatives/"
    before = queries_to_render(client, path)
    index = CooperativeIndexPage.objects.get(pk=weaving.get_parent().pk)
    for _ in range(3):
        add_cooperative(index)
    after = queries_to_render(client, path)
    assert after <= before
    with django_assert_max_num_queries(MAX_QUERIES["index"]):
        client.get(path)


def test_cooperative_page_query_count_does_not_grow(client, weaving, django_assert_max_num_queries):
    path = "/fr/cooperatives/tissage-ait-bouguemez/"
    before = queries_to_render(client, path)
    for _ in range(3):
        add_artisan_with_products(weaving, products=3)
    after = queries_to_render(client, path)
    assert after <= before
    with django_assert_max_num_queries(MAX_QUERIES["cooperative"]):
        client.get(path)


def test_artisan_page_query_count_does_not_grow(client, fadma, django_assert_max_num_queries):
    from oscar.core.loading import get_model

    Product = get_model("catalogue", "Product")
    path = "/fr/cooperatives/tissage-ait-bouguemez/fadma-oulhaj/"
    before = queries_to_render(client, path)
    other = add_artisan_with_products(fadma.get_parent().specific, products=4)
    Product.objects.filter(artisan=other).update(artisan=fadma)
    after = queries_to_render(client, path)
    assert after <= before
    with django_assert_max_num_queries(MAX_QUERIES["artisan"]):
        client.get(path)
