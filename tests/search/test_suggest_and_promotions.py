"""Title suggestions for the search box, and editors' promotions for queries (issue 7)."""

import pytest
from django.contrib.staticfiles import finders
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from stories.models import StoryPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("code", "typed", "expected"),
    [
        ("fr", "tap", "Tapis à losanges rouge garance"),
        ("en", "argan", "Culinary argan oil 250 ml"),
        ("ar", "زيت", "زيت أركان غذائي 250 مل"),
    ],
)
def test_suggest_returns_titles_in_the_visitors_language(client, code, typed, expected):
    response = client.get(f"/{code}/search/suggest/", {"q": typed})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    suggestions = response.json()["suggestions"]
    assert expected in [s["title"] for s in suggestions]
    assert all(s["url"].startswith(f"/{code}/") for s in suggestions)


def test_suggest_needs_two_characters(client):
    assert client.get("/fr/search/suggest/", {"q": "t"}).json()["suggestions"] == []


def test_the_search_form_works_without_the_suggestion_script(client):
    html = client.get("/fr/search/", {"q": "tapis"}).content.decode()
    assert 'method="get"' in html
    assert "search/suggest.js" in html
    assert finders.find("search/suggest.js")


def test_a_query_without_results_is_recorded_for_editors(client):
    client.get("/fr/search/", {"q": "Chapeau de paille"})
    query = Query.objects.get(query_string="chapeau de paille")
    assert sum(hit.hits for hit in query.daily_hits.all()) == 1


def test_a_query_with_results_is_not_recorded(client):
    client.get("/fr/search/", {"q": "tapis"})
    assert not Query.objects.filter(query_string="tapis").exists()


def test_editors_promotions_are_shown_on_the_results_page(client):
    story = StoryPage.objects.get(locale__language_code="fr", slug="la-pierre-et-l-amande")
    SearchPromotion.objects.create(
        query=Query.get("cadeau"), page=story, sort_order=0, description="Notre sélection"
    )
    html = client.get("/fr/search/", {"q": "Cadeau"}).content.decode()
    assert 'class="search-promotions"' in html
    assert "La pierre et l&#x27;amande" in html
    assert "Notre sélection" in html
