"""Query budgets: each page type costs the same number of SQL queries at two data sizes, and
no more than its budget (docs/performance.md, "Query budgets").

The benchmark data set (``seed_bench``) is built at S=0.01 on top of the demo, every page
type is viewed twice by an anonymous visitor (the second view is counted: renditions,
thumbnails and caches are warm, as in production; the page cache stays off), then the data
set is grown to S=0.05 (five times as many artisans, products and stories) and the pages are
counted again. All of it happens in one transaction rolled back at the end, so the rest of
the suite sees the demo only.
"""

import io

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from oscar.core.loading import get_model

from stories.models import StoryPage
from tawiza.demo.bench import Sizes

from .pages import PAGE_TYPES, measure, repeats

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

Product = get_model("catalogue", "Product")
ProductText = get_model("catalogue", "ProductText")

SMALL, LARGE = 0.01, 0.05

# Budgets per page type, measured (docs/performance.md, "Query budgets"). The aim is
# at most 15 queries on content pages and 25 on shop pages; where a page is above it, its
# budget is what it costs today, so that any new query is noticed, and the doc says what the
# remaining queries are.
BUDGETS = {
    "home": 22,
    "cooperative": 21,
    "artisan": 19,
    "story": 24,
    "campaign": 21,
    "product": 24,
    # Four of these count the facets in SQL (search/listing.py), whatever the catalogue's size.
    "category": 24,
    # Above the aim of 25: the products' facets (4 counts) plus one query per kind of page
    # found (stories, artisans, cooperatives, campaigns) and their crafts and regions.
    "search": 30,
    "basket": 22,
    "checkout-email": 14,
    "checkout-shipping-address": 15,
    "checkout-shipping-method": 17,
    "checkout-payment": 19,
    "checkout-preview": 23,
}


@pytest.fixture(scope="module")
def counted(django_db_setup, django_db_blocker):
    """{"small"|"large": {page type: queries}, "again": output of a second run, "facts": …},
    measured once for the module."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("seed_bench", scale=SMALL, verbosity=0)
        again = io.StringIO()
        call_command("seed_bench", scale=SMALL, stdout=again)
        small = measure()
        call_command("seed_bench", scale=LARGE, verbosity=0)
        large = measure()
        facts = {
            "stories": StoryPage.objects.filter(slug__startswith="banc-histoire-").count(),
            "story_languages": set(
                StoryPage.objects.filter(slug="banc-histoire-0001").values_list(
                    "locale__language_code", flat=True
                )
            ),
            "products": Product.objects.filter(upc__startswith="BANC-").count(),
            "texts": ProductText.objects.filter(product__upc__startswith="BANC-").count(),
        }
        transaction.set_rollback(True)
    return {"small": small, "large": large, "again": again.getvalue(), "facts": facts}


def _describe(queries):
    lines = [f"{count}x {sql[:200]}" for count, sql in repeats(queries)]
    return "\n".join(lines) or "(no repeated statement)"


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_query_count_is_the_same_at_both_sizes(counted, page_type):
    small, large = counted["small"][page_type], counted["large"][page_type]
    assert len(large) == len(small), (
        f"{page_type}: {len(small)} queries at S={SMALL}, {len(large)} at S={LARGE}\n"
        + _describe(large)
    )


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_query_count_is_within_the_budget(counted, page_type):
    queries = counted["large"][page_type]
    assert len(queries) <= BUDGETS[page_type], (
        f"{page_type}: {len(queries)} queries, budget {BUDGETS[page_type]}\n" + _describe(queries)
    )


def test_the_data_set_grew_between_the_two_counts(counted):
    """The larger size is five times the smaller (so equal counts mean something), every
    story is a page in each language, every product has its words in each language."""
    small, large = Sizes.for_scale(SMALL), Sizes.for_scale(LARGE)
    assert large.products >= 5 * small.products
    assert large.stories >= 5 * small.stories
    facts = counted["facts"]
    assert facts["stories"] == large.stories * len(settings.LANGUAGES)
    assert facts["story_languages"] == {code for code, _name in settings.LANGUAGES}
    assert facts["products"] == large.products
    assert facts["texts"] == large.products * len(settings.LANGUAGES)


def test_seed_bench_run_twice_adds_nothing(counted):
    assert "Nothing to add" in counted["again"]
