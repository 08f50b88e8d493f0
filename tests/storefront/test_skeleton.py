"""Every buyer page sits in Tawiza's own page: the same header and footer as the content pages,
and none of Oscar's theme files (Bootstrap, jQuery, Font Awesome, ui.js). docs/storefront.md"""

import re

import pytest

from .conftest import footer_of, header_of

pytestmark = pytest.mark.django_db

THEME_FILES = re.compile(
    r"""(?:src|href)=["'][^"']*(?:bootstrap|jquery|font-?awesome|oscar/js/oscar/ui\.js|oscar/css/styles\.css)""",
    re.I,
)
PAGES = [
    "catalogue",
    "category",
    "product",
    "basket",
    "search",
    "checkout",
    "login",
    "offers",
    "reviews",
]


@pytest.mark.parametrize("name", PAGES)
def test_a_buyer_page_has_the_same_header_and_footer_as_the_home_page(client, buyer_pages, name):
    home = client.get("/fr/")
    page = client.get(buyer_pages[name])
    assert page.status_code == 200, buyer_pages[name]
    html = page.content.decode()
    assert header_of(html) == header_of(home.content.decode())
    assert footer_of(html) == footer_of(home.content.decode())
    # One page, one header: Oscar's own header and account bar are gone.
    assert html.count("<header class=") == 1
    assert 'class="skip-link" href="#main"' in html
    assert '<main id="main">' in html


@pytest.mark.parametrize("name", PAGES)
def test_a_buyer_page_loads_none_of_oscars_theme_files(client, buyer_pages, name):
    html = client.get(buyer_pages[name]).content.decode()
    assert not THEME_FILES.findall(html)
    assert "fa-star" not in html
    assert "/static/js/storefront.js" in html
    assert "/static/css/tawiza.css" in html


def test_the_language_switcher_of_a_shop_page_links_to_the_same_page_in_each_language(client, rug):
    html = client.get(rug.get_absolute_url()).content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    for code in ("ar", "shi", "en"):
        assert f'hreflang="{code}"' in switcher
        assert f'href="/{code}/shop/' in switcher


def test_the_dashboard_keeps_its_own_page(client, superuser):
    client.force_login(superuser)
    response = client.get("/dashboard/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "oscar/js/jquery/jquery.min.js" in html
    assert 'class="site-header"' not in html


def test_an_arabic_shop_page_is_right_to_left_in_the_shared_page(client):
    html = client.get("/ar/shop/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "oscar-rtl.css" not in html
