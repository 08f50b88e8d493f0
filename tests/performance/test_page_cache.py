"""The anonymous page cache: served from the cache, never to the wrong visitor, emptied on change.

Test settings keep the cache off (PAGE_CACHE_SECONDS = 0); every test here turns it on.
"""

import re
from decimal import Decimal

import pytest
from django.conf import settings as django_settings
from django.db import connection
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from oscar.core.loading import get_model

from stories.models import StoryPage

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"')
STORY = "/fr/histoires/un-hiver-sur-le-metier/"
CATALOGUE = "/fr/shop/"


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    from tawiza import page_cache

    page_cache.invalidate()  # nothing cached by an earlier test
    return settings


@pytest.fixture
def product():
    return Product.objects.get(upc="TWZ-TAP-003")


def product_url(product, language="fr"):
    with translation.override(language):
        return product.get_absolute_url()


def get(client, path, **extra):
    response = client.get(path, **extra)
    assert response.status_code == 200, path
    return response


def test_second_anonymous_visit_is_served_from_the_cache_without_queries(client):
    first = get(client, STORY)
    assert first["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = get(Client(), STORY)
    assert second["X-Page-Cache"] == "hit"
    assert len(queries) == 0
    assert second.content == first.content
    assert second["Content-Language"] == "fr"


@pytest.mark.parametrize("language", [code for code, _name in django_settings.LANGUAGES])
def test_each_language_and_host_has_its_own_entry(client, language, product):
    url = product_url(product, language)
    first = get(client, url)
    assert f'lang="{language}"'.encode() in first.content
    again = get(Client(), url)
    assert again["X-Page-Cache"] == "hit"
    assert f'lang="{language}"'.encode() in again.content
    other_host = get(Client(), url, HTTP_HOST="localhost")
    assert other_host["X-Page-Cache"] == "miss"


def test_pages_with_forms_give_each_visitor_their_own_csrf_token(product):
    url = product_url(product)
    first_visitor, second_visitor = Client(), Client(enforce_csrf_checks=True)
    first_page = get(first_visitor, url)
    second_page = get(second_visitor, url)
    assert second_page["X-Page-Cache"] == "hit"
    first_tokens = set(CSRF_INPUT.findall(first_page.content.decode()))
    second_tokens = set(CSRF_INPUT.findall(second_page.content.decode()))
    assert first_tokens and second_tokens
    first_secret = first_visitor.cookies[django_settings.CSRF_COOKIE_NAME].value
    second_secret = second_visitor.cookies[django_settings.CSRF_COOKIE_NAME].value
    assert first_secret != second_secret
    assert {_unmask_cipher_token(token) for token in second_tokens} == {second_secret}
    # The second visitor's form works with the token their cached page gave them.
    added = second_visitor.post(
        f"/fr/shop/basket/add/{product.pk}/",
        {"quantity": 1, "csrfmiddlewaretoken": second_tokens.pop()},
    )
    assert added.status_code == 302


def test_signed_in_visitors_never_get_a_cached_page(client, django_user_model):
    get(Client(), STORY)
    user = django_user_model.objects.create_user("cache-reader", "reader@example.org", "x")
    client.force_login(user)
    response = get(client, STORY)
    assert "X-Page-Cache" not in response
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    # Nor is their page kept for the next anonymous visitor.
    assert get(Client(), STORY)["X-Page-Cache"] == "hit"


def test_a_buyer_with_a_basket_never_gets_a_cached_page(client, product):
    get(Client(), CATALOGUE)
    client.post(f"/fr/shop/basket/add/{product.pk}/", {"quantity": 1})
    assert django_settings.OSCAR_BASKET_COOKIE_OPEN in client.cookies
    response = get(client, CATALOGUE)
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]


def test_a_waiting_message_is_shown_not_cached(client):
    get(Client(), STORY)
    client.cookies["messages"] = "anything"
    assert "X-Page-Cache" not in get(client, STORY)


def test_basket_checkout_account_admin_and_dashboard_are_never_cached(client):
    for path in ("/fr/shop/basket/", "/fr/shop/accounts/login/", "/admin/login/"):
        for _ in range(2):
            response = client.get(path)
            assert "X-Page-Cache" not in response, path
        assert "no-store" in response["Cache-Control"], path
        assert "public" not in response["Cache-Control"], path


def test_post_is_never_answered_from_the_cache(product):
    url = product_url(product)
    get(Client(), url)
    response = Client().post(url, {})
    assert "X-Page-Cache" not in response


def test_head_is_answered_from_the_cache(client):
    get(client, STORY)
    response = Client().head(STORY)
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "hit"
    assert response.content == b""


def test_public_page_headers_let_a_cdn_keep_it(client, page_cache):
    get(client, STORY)  # the visitor's first page sets the language cookie
    response = get(client, STORY)
    control = response["Cache-Control"]
    assert "public" in control
    assert f"s-maxage={page_cache.PAGE_CACHE_SECONDS}" in control
    assert "stale-while-revalidate" in control
    assert "Cookie" in response["Vary"]
    assert not response.cookies


def test_a_page_holding_a_visitors_token_or_setting_a_cookie_is_private(product):
    visitor = Client()
    response = get(visitor, product_url(product))
    assert "private" in response["Cache-Control"]
    response = get(visitor, product_url(product))  # from the cache, with their token
    assert response["X-Page-Cache"] == "hit"
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_cache_off_serves_every_page_fresh(client, page_cache):
    page_cache.PAGE_CACHE_SECONDS = 0
    get(client, STORY)
    response = get(Client(), STORY)
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]


def test_publishing_a_change_shows_on_the_next_anonymous_visit(client):
    assert get(client, STORY)["X-Page-Cache"] == "miss"
    story = StoryPage.objects.get(
        url_path__endswith="/un-hiver-sur-le-metier/", locale__language_code="fr"
    )
    story.title = "Un hiver au métier, revu"
    story.save_revision().publish()
    response = get(Client(), STORY)
    assert response["X-Page-Cache"] == "miss"
    assert "Un hiver au métier, revu" in response.content.decode()


def test_unpublishing_a_page_takes_it_off_at_once(client):
    get(client, STORY)
    story = StoryPage.objects.get(
        url_path__endswith="/un-hiver-sur-le-metier/", locale__language_code="fr"
    )
    story.unpublish()
    assert Client().get(STORY).status_code == 404


def test_a_new_price_shows_on_the_product_page_and_the_catalogue(client, product):
    url = product_url(product)
    get(client, url)
    get(client, CATALOGUE)
    assert get(Client(), url)["X-Page-Cache"] == "hit"
    record = product.stockrecords.get()
    record.price = Decimal("4321.00")
    record.save()
    for path in (url, CATALOGUE):
        response = get(Client(), path)
        assert response["X-Page-Cache"] == "miss", path
        assert re.search(r"4[\s\u00a0\u202f,.]?321", response.content.decode()), path


def test_a_sold_out_piece_shows_as_such_at_once(client, product):
    url = product_url(product)
    before = get(client, url).content.decode()
    assert 'id="add_to_basket_form"' in before
    record = product.stockrecords.get()
    record.num_in_stock = record.num_allocated or 0
    record.save()
    after = get(Client(), url)
    assert after["X-Page-Cache"] == "miss"
    assert 'id="add_to_basket_form"' not in after.content.decode()


def test_a_campaign_link_still_leaves_its_cookie_on_a_cached_page(client):
    from stories.models import CampaignPage

    campaign = CampaignPage.objects.get(
        locale__language_code="fr", slug="un-pressoir-pour-taytmatine"
    )
    path = f"{campaign.url}?c={campaign.share_code}"
    get(client, path)
    visitor = Client()
    response = get(visitor, path)
    assert response["X-Page-Cache"] == "hit"
    assert "tawiza_campaign" in response.cookies


def test_an_order_placed_empties_the_cache(client):
    """An order allocates stock and moves the campaigns' figures shown on public pages."""
    from oscar.apps.order.signals import order_placed

    get(client, STORY)
    assert get(Client(), STORY)["X-Page-Cache"] == "hit"
    order = get_model("order", "Order").objects.order_by("pk").first()
    assert order is not None
    order_placed.send(sender=type(order), order=order, user=None)
    assert get(Client(), STORY)["X-Page-Cache"] == "miss"


def test_a_footer_edit_shows_on_every_page_at_once(client):
    from tawiza.models import SiteFooter

    get(client, STORY)
    footer = SiteFooter.objects.filter(locale__language_code="fr").first()
    assert footer is not None
    footer.save()
    assert get(Client(), STORY)["X-Page-Cache"] == "miss"
