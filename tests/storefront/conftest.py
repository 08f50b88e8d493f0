"""Fixtures for the storefront skeleton: buyer pages, the header and footer they share."""

import re

import pytest
from django.conf import settings
from django.core.cache import cache
from oscar.core.loading import get_model

from tawiza.models import FOOTER_CACHE_KEY

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")

HEADER = re.compile(r'<header class="site-header">.*?</header>', re.S)
FOOTER = re.compile(r'<footer class="site-footer">.*?</footer>', re.S)
# The language switcher links to this page in each language: the one part of the header
# that differs from page to page.
SWITCHER = re.compile(r'<nav class="language-switcher".*?</nav>', re.S)


def header_of(html: str) -> str:
    match = HEADER.search(html)
    assert match, "the page has no site header"
    return SWITCHER.sub("", match.group(0))


def footer_of(html: str) -> str:
    match = FOOTER.search(html)
    assert match, "the page has no site footer"
    return match.group(0)


@pytest.fixture
def forget_footer_cache():
    """Footers are cached across requests: a test that edits one leaves no stale copy behind."""
    keys = [FOOTER_CACHE_KEY.format(language=code) for code, _name in settings.LANGUAGES]
    cache.delete_many(keys)
    yield
    cache.delete_many(keys)


@pytest.fixture
def rug():
    """A product in stock with several of a kind (TWZ-TAP-002 in the demo)."""
    return Product.objects.get(upc="TWZ-TAP-002")


@pytest.fixture
def buyer_pages(client, rug):
    """{name: path} of the buyer pages, in French; the checkout step needs a basket."""
    client.post(f"/fr/shop/basket/add/{rug.pk}/", {"quantity": 1})
    category = rug.get_categories().first() or Category.objects.first()
    return {
        "catalogue": "/fr/shop/",
        "category": category.get_absolute_url(),
        "product": rug.get_absolute_url(),
        "basket": "/fr/shop/basket/",
        "search": "/fr/search/?q=tapis",
        "checkout": "/fr/shop/checkout/",
        "login": "/fr/shop/accounts/login/",
        "offers": "/fr/shop/offers/",
        "reviews": f"/fr/shop/{rug.slug}_{rug.pk}/reviews/",
    }


@pytest.fixture
def communications_editor(django_user_model):
    """A member of the communications staff (site/roles.py), who edits the footer."""
    from django.contrib.auth.models import Group

    from tawiza.roles import COMMUNICATIONS

    user = django_user_model.objects.create_user("nadia", email="nadia@example.com")
    user.groups.add(Group.objects.get(name=COMMUNICATIONS))
    return user


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("karim", email="karim@example.com")
