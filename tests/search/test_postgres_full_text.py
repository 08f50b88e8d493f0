"""PostgreSQL full text: each language's words analysed with that language's configuration
(``search/backends.py``: french, arabic, english; ``simple`` for Tachelhit in Tifinagh).

These check Wagtail's database backend on PostgreSQL. Locally they skip without a
DATABASE_URL naming PostgreSQL (CI provides one, and runs them in its database-backend pass);
on a search server they skip: its analyzers are checked in test_per_language_analysis.py.
"""

import pytest
from django.db import connection
from oscar.core.loading import get_model
from wagtail.search.backends import get_search_backend

from search.engine import uses_search_server
from tests.conftest import require_service

from .helpers import add_product, titles

pytestmark = pytest.mark.django_db

ProductText = get_model("catalogue", "ProductText")


@pytest.fixture(autouse=True)
def postgres_full_text():
    if uses_search_server(get_search_backend()):
        pytest.skip("a search server analyses the words: this checks PostgreSQL full text")
    require_service(
        connection.vendor == "postgresql",
        "DATABASE_URL does not point at PostgreSQL: no text-search configurations to test",
    )


def test_french_words_are_found_by_their_stem_with_or_without_accents(client):
    add_product("Couvertures tissées")
    for query in ["tissé", "tisse", "tissées", "TISSEES", "couverture"]:
        found = titles(client.get("/fr/search/", {"q": query}))
        assert any(title.startswith("Couvertures tissées de test") for title in found), query


def test_french_stop_words_are_not_required(client):
    # "la" is a French stop word: the french configuration drops it from both sides.
    add_product("Babouches brodées")
    found = titles(client.get("/fr/search/", {"q": "la babouche brodée"}))
    assert any(title.startswith("Babouches brodées de test") for title in found)


def test_english_words_are_found_by_their_stem(client):
    add_product("Huiles pressées", translations={"en": "Cold-pressed walnut oils"})
    assert "Cold-pressed walnut oils" in titles(client.get("/en/search/", {"q": "walnut oil"}))


def test_arabic_words_are_found_without_their_article_and_ta_marbuta(client):
    # "الزيت" (the oil) finds "زيت"; "سجاد" (carpets) finds "سجادة" (a carpet).
    assert "زيت أركان غذائي 250 مل" in titles(client.get("/ar/search/", {"q": "الزيت"}))
    add_product("Tapis rouge", translations={"ar": "سجادة حمراء منسوجة"})
    assert "سجادة حمراء منسوجة" in titles(client.get("/ar/search/", {"q": "سجاد"}))


def test_tachelhit_in_tifinagh_is_found_as_typed(client):
    add_product("Plateau de cèdre", translations={"shi": "ⴰⴼⵍⵍⴰⵢ ⵏ ⵓⵖⵉⴷ"})
    assert "ⴰⴼⵍⵍⴰⵢ ⵏ ⵓⵖⵉⴷ" in titles(client.get("/shi/search/", {"q": "ⴰⴼⵍⵍⴰⵢ"}))
    # No stemming: another word is not the same word.
    assert "ⴰⴼⵍⵍⴰⵢ ⵏ ⵓⵖⵉⴷ" not in titles(client.get("/shi/search/", {"q": "ⴰⴼⵍ"}))


def test_a_search_in_no_language_uses_every_configuration():
    # Wagtail's admin searches all languages at once: a French stem is still found.
    add_product("Coussins tissés")
    found = get_search_backend().search("coussin", ProductText.objects.all())
    assert any(text.title.startswith("Coussins tissés de test") for text in found)
