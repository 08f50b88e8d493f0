"""The index follows stock and product changes through django-tasks (issue 7)."""

import pytest

import search.tasks

from .helpers import add_product

pytestmark = pytest.mark.django_db


class RecordingBackend:
    def __init__(self):
        self.added = []

    def add(self, obj):
        self.added.append(obj)


@pytest.fixture
def recording_backend(monkeypatch):
    backend = RecordingBackend()
    monkeypatch.setattr(search.tasks, "get_search_backend", lambda: backend)
    return backend


def test_a_stock_change_reindexes_the_products_texts(recording_backend):
    product = add_product("Bougeoir", translations={"en": "Test candlestick"})
    recording_backend.added.clear()
    record = product.stockrecords.get()
    record.num_in_stock = 0
    record.save()
    assert {text.locale.language_code for text in recording_backend.added} == {"fr", "en"}
    assert {text.product_id for text in recording_backend.added} == {product.pk}


def test_a_product_change_reindexes_its_texts(recording_backend):
    product = add_product("Miroir")
    recording_backend.added.clear()
    product.save()
    assert [text.product_id for text in recording_backend.added] == [product.pk]
