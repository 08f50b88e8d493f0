"""`seed_demo` loads four languages of content and the demo accounts, and is idempotent."""

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings
from oscar.core.loading import get_model
from wagtail.models import Page

from artisans.models import ArtisanPage, CooperativePage
from home.models import HomePage

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
DEMO_ACCOUNTS = [
    "admin",
    "editor",
    "translator-ar",
    "diaspora-aods",
    "coop-tissage-ait-bouguemez",
    "coop-argan-taytmatine",
]


def _row_counts():
    return {m._meta.label: m.objects.count() for m in apps.get_models() if m._meta.managed}


def test_demo_content_exists_in_four_languages():
    assert sorted(HomePage.objects.values_list("locale__language_code", flat=True)) == [
        "ar",
        "en",
        "fr",
        "shi",
    ]
    assert CooperativePage.objects.filter(locale__language_code="fr").count() >= 1
    assert ArtisanPage.objects.filter(locale__language_code="fr").count() >= 3
    assert (
        ArtisanPage.objects.filter(locale__language_code="ar", alias_of__isnull=True).count() >= 3
    )
    products = Product.objects.filter(is_public=True)
    assert products.count() >= 6
    for product in products:
        assert product.artisan is not None
        assert product.primary_image().original.width > 0
        stock = product.stockrecords.get()
        assert stock.partner.cooperative_pages.exists()
        assert stock.num_in_stock >= 1


def test_seed_demo_twice_leaves_the_same_row_counts():
    before = _row_counts()
    with override_settings(DEBUG=True):
        call_command("seed_demo", verbosity=0)
    assert _row_counts() == before


def test_seed_demo_refuses_demo_accounts_when_debug_is_off():
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("seed_demo", verbosity=0)


@pytest.mark.parametrize("username", DEMO_ACCOUNTS)
def test_demo_accounts_log_in_to_the_wagtail_admin(client, username, settings):
    settings.DEBUG = True
    assert client.login(username=username, password="tawiza-demo")
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize(
    "username", ["admin", "coop-tissage-ait-bouguemez", "coop-argan-taytmatine"]
)
def test_admin_and_cooperative_managers_reach_the_oscar_dashboard(client, username, settings):
    settings.DEBUG = True
    assert client.login(username=username, password="tawiza-demo")
    assert client.get("/dashboard/").status_code == 200


def test_demo_accounts_are_refused_when_debug_is_off(client):
    assert not client.login(username="admin", password="tawiza-demo")
    user = get_user_model().objects.get(username="editor")
    assert user.check_password("tawiza-demo")


def test_the_tree_has_one_home_page_per_language_under_the_root():
    assert Page.objects.filter(depth=2).count() == 4
