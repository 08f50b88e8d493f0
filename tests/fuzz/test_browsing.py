"""Any query string on the pages a visitor browses gives a page, a redirect, a 400 or a 404:
never a server error. Catalogue and category (sort, facets, page), search (q, facets, sort,
page), its suggestions, the story index (tag, craft, region, page), every page type, and the
language switch."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from oscar.core.loading import get_model
from wagtail.models import Page

from search.engine import FACETS
from stories.pages import StoryIndexPage

from .conftest import assert_not_a_server_error, examples, fuzz_example, hostile_text, number_like

pytestmark = pytest.mark.django_db

Category = get_model("catalogue", "Category")
Product = get_model("catalogue", "Product")

FACET_NAMES = [name for name, _label in FACETS]
KNOWN_PARAMS = ["q", "sort", "page", "tag", "craft", "region", "next", *FACET_NAMES]
param_name = st.one_of(st.sampled_from(KNOWN_PARAMS), hostile_text)
param_value = st.one_of(
    hostile_text,
    number_like,
    st.sampled_from(["newest", "relevance", "price-asc", "price-desc", "tapis", "argan"]),
)
query_string = st.lists(st.tuples(param_name, param_value), min_size=1, max_size=6)


@pytest.fixture(scope="module")
def browsing_urls(django_db_blocker):
    with django_db_blocker.unblock():
        by_type = {}
        for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
            by_type.setdefault((type(page), page.locale_id), page.get_url())
        product = Product.objects.filter(is_public=True, stockrecords__isnull=False).first()
        category = Category.objects.first()
        return sorted(
            {url for url in by_type.values() if url}
            | {
                "/fr/shop/",
                "/fr/shop/basket/",
                "/fr/shop/offers/",
                "/fr/search/",
                "/ar/search/",
                "/fr/search/suggest/",
                product.get_absolute_url(),
                category.get_absolute_url(),
            }
        )


@examples(100)
@given(data=st.data(), params=query_string)
def test_any_query_string_on_any_page_is_not_a_server_error(browsing_urls, data, params):
    url = data.draw(st.sampled_from(browsing_urls))
    with fuzz_example() as client:
        assert_not_a_server_error(client.get(url, params))


@examples(800)
@given(
    q=hostile_text,
    facets=st.lists(st.tuples(st.sampled_from(FACET_NAMES), hostile_text), max_size=4),
    sort=param_value,
    page=number_like,
    language=st.sampled_from(["fr", "ar", "shi", "en"]),
)
def test_search_with_any_query_facets_sort_and_page(q, facets, sort, page, language):
    with fuzz_example() as client:
        response = client.get(
            f"/{language}/search/", [("q", q), ("sort", sort), ("page", page), *facets]
        )
        assert_not_a_server_error(response)


@examples(1000)
@given(q=hostile_text, language=st.sampled_from(["fr", "ar", "shi", "en"]))
def test_search_suggestions_answer_json_to_any_query(q, language):
    with fuzz_example() as client:
        response = client.get(f"/{language}/search/suggest/", {"q": q})
        assert_not_a_server_error(response)
        if response.status_code == 200:
            assert isinstance(response.json()["suggestions"], list)


@examples(300)
@given(
    tag=hostile_text,
    craft=hostile_text,
    region=hostile_text,
    page=number_like,
    language=st.sampled_from(["fr", "ar", "shi", "en"]),
)
def test_story_index_with_any_filters(tag, craft, region, page, language):
    index = StoryIndexPage.objects.live().filter(locale__language_code=language).first()
    with fuzz_example() as client:
        response = client.get(
            index.url, {"tag": tag, "craft": craft, "region": region, "page": page}
        )
        assert_not_a_server_error(response)


@examples(400)
@given(
    sort=param_value,
    page=number_like,
    facets=st.lists(st.tuples(st.sampled_from(FACET_NAMES), hostile_text), max_size=4),
    category=st.booleans(),
)
def test_catalogue_and_category_browsing_with_any_params(sort, page, facets, category):
    url = Category.objects.first().get_absolute_url() if category else "/fr/shop/"
    with fuzz_example() as client:
        response = client.get(url, [("sort", sort), ("page", page), *facets])
        assert_not_a_server_error(response)


@examples(1200)
@given(
    language=st.one_of(st.sampled_from(["fr", "ar", "shi", "en", ""]), hostile_text),
    next_url=st.one_of(
        st.sampled_from(["/fr/shop/", "https://evil.example/", "//evil"]), hostile_text
    ),
    method=st.sampled_from(["post", "get"]),
)
def test_the_language_switch_with_any_language_and_next(language, next_url, method):
    with fuzz_example() as client:
        response = getattr(client, method)(
            "/i18n/setlang/", {"language": language, "next": next_url}
        )
        assert_not_a_server_error(response)
        if response.status_code in (301, 302):
            assert not response["Location"].startswith(("https://evil", "//evil"))
