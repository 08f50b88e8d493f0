"""Per-language analysis on the search server; what the database backend does instead.

The search-server tests need SEARCH_URL (they skip locally without it and fail in CI).
"""

import pytest
from oscar.core.loading import get_model
from wagtail.search.backends import get_search_backend

from search.engine import uses_search_server
from search.indexing import LANGUAGE_ANALYZERS
from stories.models import StoryPage

from .helpers import titles

pytestmark = pytest.mark.django_db

ProductText = get_model("catalogue", "ProductText")


def index_properties(model):
    backend = get_search_backend()
    name = backend.get_index_for_model(model).name
    mapping = backend.es.indices.get_mapping(index=name)
    return next(iter(mapping.values()))["mappings"]["properties"]


@pytest.mark.search_server
def test_each_languages_fields_use_that_languages_analyzer(search_server):
    properties = index_properties(ProductText)
    for code, analyzer in LANGUAGE_ANALYZERS.items():
        assert properties[f"search_title_{code}"]["analyzer"] == analyzer
        assert properties[f"search_text_{code}"]["analyzer"] == analyzer
    story_properties = index_properties(StoryPage)
    assert story_properties["stories_storypage__search_text_ar"]["analyzer"] == "arabic"


@pytest.mark.search_server
def test_the_arabic_analyzer_finds_words_with_a_prefix(client, search_server):
    # "بالأركان" (with argan) is found by "أركان" only through the Arabic stemmer.
    assert "صابون بالأركان والغاسول" in titles(client.get("/ar/search/", {"q": "أركان"}))


@pytest.mark.search_server
def test_the_french_analyzer_finds_plurals(client, search_server):
    assert "Tapis à losanges rouge garance" in titles(client.get("/fr/search/", {"q": "losange"}))


def test_the_database_backend_matches_whole_normalised_words(client, settings):
    if uses_search_server(get_search_backend()):
        pytest.skip("the search server stems words: this checks the database backend only")
    found = titles(client.get("/ar/search/", {"q": "أركان"}))
    assert "زيت أركان غذائي 250 مل" in found
    assert "صابون بالأركان والغاسول" not in found
