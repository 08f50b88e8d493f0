"""Phone first: what a buyer came for comes first in the page (docs/storefront.md)."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

pytestmark = pytest.mark.django_db


def test_the_product_page_shows_title_price_and_add_to_basket_before_the_pictures(client, rug):
    html = client.get(rug.get_absolute_url()).content.decode()
    title = html.index("<h1")
    price = html.index('class="price_color"')
    availability = html.index("availability")
    button = html.index('id="add_to_basket_form"')
    gallery = html.index('id="product_gallery"')
    assert title < price < button < gallery
    assert availability < gallery


def test_the_catalogue_lists_products_before_its_filters_open(client):
    html = client.get("/fr/shop/").content.decode()
    panel = html.index('<details class="shop-filters"')
    # The filters wait folded (no `open`): the grid is the first thing a phone shows.
    assert '<details class="shop-filters" data-open-when-wide>' in html
    assert panel < html.index('class="product-grid"')
    assert html.count('data-kind="product"') > 0


def test_review_stars_are_named_in_words(client, rug):
    from oscar.core.loading import get_model

    ProductReview = get_model("reviews", "ProductReview")
    ProductReview.objects.create(
        product=rug,
        score=4,
        title="Très beau",
        body="Doux et solide.",
        name="Amina",
        email="amina@example.com",
        status=ProductReview.APPROVED,
    )
    rug.refresh_from_db()
    html = client.get(rug.get_absolute_url()).content.decode()
    with translation.override("fr"):
        label = gettext("Rated %(rating)s out of 5") % {"rating": 4}
    assert f'role="img" aria-label="{label}"' in html
