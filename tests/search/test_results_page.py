"""One results page over products and pages, in the visitor's language (issue 7).

Runs on the configured backend: the database by default, OpenSearch with SEARCH_URL.
"""

import pytest
from django.conf import settings

from stories.models import StoryPage

from .helpers import add_product, kinds, refresh_search_index, titles

pytestmark = pytest.mark.django_db

# The example queries, each as a visitor of that language types it.
EXAMPLES = [
    ("fr", "tapis berbère", "Tapis à losanges rouge garance", "Un hiver sur le métier"),
    ("ar", "زيت أركان", "زيت أركان غذائي 250 مل", "الحجر واللوزة"),
    ("shi", "ⴰⵣⵔⵉⴱ", "ⴰⵣⵔⵉⴱ ⵙ ⵜⵉⵔⴰ ⵜⵉⵣⴳⴳⵯⴰⵖⵉⵏ", "ⵢⴰⵜ ⵜⴳⵔⵙⵜ ⴳ ⵓⵣⵟⴰ"),
    ("en", "argan oil", "Culinary argan oil 250 ml", "The stone and the kernel"),
]


@pytest.mark.parametrize(("code", "query", "product", "story"), EXAMPLES)
def test_example_queries_find_products_and_stories_in_the_visitors_language(
    client, code, query, product, story
):
    response = client.get(f"/{code}/search/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert f'lang="{code}"' in html
    found = titles(response)
    assert product in found
    assert story in found
    assert "product" in kinds(response)
    assert "story" in kinds(response)


@pytest.mark.parametrize(("code", "query", "product", "story"), EXAMPLES)
def test_products_come_before_pages(client, code, query, product, story):
    found = kinds(client.get(f"/{code}/search/", {"q": query}))
    first_page = next(i for i, kind in enumerate(found) if kind != "product")
    assert set(found[:first_page]) == {"product"}
    assert "product" not in found[first_page:]


def test_a_product_card_shows_title_price_availability_and_maker(client):
    html = client.get("/en/search/", {"q": "madder"}).content.decode()
    assert "Madder-red diamond carpet" in html
    assert "4,800.00" in html
    assert "In stock" in html
    assert "Artisan: Itto Aït Ouahmane" in html


def test_pages_come_from_the_visitors_language_only(client):
    found = titles(client.get("/fr/search/", {"q": "argan"}))
    assert "La pierre et l&#x27;amande" in found
    assert "The stone and the kernel" not in found


@pytest.mark.parametrize(
    ("code", "query", "expected"),
    [
        ("fr", "TAPIS BERBERE", "Tapis à losanges rouge garance"),
        ("fr", "hanbel ecrue", "Hanbel en laine écrue"),
        ("ar", "زيت اركان", "زيت أركان غذائي 250 مل"),  # hamza left out
        ("ar", "زَيْتُ أَرْكَانٍ", "زيت أركان غذائي 250 مل"),  # with harakat
        ("ar", "زيـــت", "زيت أركان غذائي 250 مل"),  # with tatweel
        ("shi", "ⴰⵙⵓⵎⵎⵓ", "ⴰⵙⵓⵎⵎⵓ ⴰⵎⴰⵣⵉⵖ ⵉⵜⵜⵓⵥⴹⴰⵏ"),
    ],
)
def test_matching_ignores_case_accents_and_arabic_spelling_variants(client, code, query, expected):
    assert expected in titles(client.get(f"/{code}/search/", {"q": query}))


def test_an_untranslated_product_is_found_by_its_french_words_and_marked(client):
    add_product("Tajine")
    html = client.get("/en/search/", {"q": "tajine"}).content.decode()
    assert "Tajine de test" in html
    assert "Not translated" in html


def test_an_unpublished_story_never_appears(client):
    story = StoryPage.objects.get(locale__language_code="fr", slug="un-hiver-sur-le-metier")
    assert "Un hiver sur le métier" in titles(client.get("/fr/search/", {"q": "neige"}))
    story.unpublish()
    refresh_search_index()
    try:
        assert "Un hiver sur le métier" not in titles(client.get("/fr/search/", {"q": "neige"}))
    finally:
        # The database change is rolled back after the test; the index is not.
        story.refresh_from_db()
        story.save_revision().publish()


def test_a_deleted_product_never_appears(client):
    product = add_product("Théière")
    assert titles(client.get("/fr/search/", {"q": "theiere"}))
    product.delete()
    refresh_search_index()
    assert titles(client.get("/fr/search/", {"q": "theiere"})) == []


def test_an_empty_query_shows_the_form_and_no_results(client):
    response = client.get("/fr/search/")
    assert response.status_code == 200
    assert kinds(response) == []
    assert 'name="q"' in response.content.decode()


def test_the_default_language_is_the_source_language():
    assert settings.LANGUAGE_CODE == "fr"
