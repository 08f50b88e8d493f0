"""A NUL (or another control byte) anywhere in a URL's path or query string gets a 400 page in
the visitor's language, never a 500: PostgreSQL refuses NUL in any text it is sent, so every
view filtering on a parameter would otherwise fail (tawiza/middleware.py)."""

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db

# Real URLs of every area: pages and their filters, shop, search, accounts, admin, dashboard.
URLS = [
    "/fr/histoires/?tag=%00",
    "/fr/histoires/?craft=%00&region=tissage&page=%00",
    "/ar/?x=%00",
    "/%00/shop/",
    "/fr/%00/",
    "/fr/shop/%00/",
    "/fr/shop/?sort=%00",
    "/fr/shop/?craft=%00",
    "/fr/shop/basket/?x=a%00",
    "/fr/shop/checkout/?next=%00",
    "/fr/shop/accounts/login/?next=%00",
    "/fr/shop/password-reset/?email=%00",
    "/fr/search/?q=a%00b",
    "/fr/search/?q=argan&region=%00",
    "/shi/search/?q=%01%1f",
    "/fr/search/suggest/?q=%00",
    "/fr/search/?%00=x",
    "/i18n/setlang/?next=%00",
    "/sitemap.xml?p=%00",
    "/admin/pages/search/?q=%00",
    "/admin/images/?q=%00",
    "/admin/snippets/?q=%00",
    "/admin/%00/",
    "/dashboard/?x=%00",
    "/dashboard/orders/?order_number=%00",
    "/dashboard/catalogue/?upc=%00",
    "/dashboard/payouts/?start=%00",
]


@pytest.fixture(params=["visitor", "superuser"])
def someone(request, client):
    if request.param == "superuser":
        admin = get_user_model().objects.create_superuser(
            "nul-admin", "nul-admin@example.org", "not-the-demo-password"
        )
        client.force_login(admin)
    client.raise_request_exception = False
    return client


@pytest.mark.parametrize("url", URLS)
def test_a_control_byte_in_a_url_is_a_bad_request_not_a_server_error(someone, url):
    response = someone.get(url)
    assert response.status_code == 400


@pytest.mark.parametrize(
    ("url", "language", "text"),
    [
        ("/fr/histoires/?tag=%00", "fr", "Adresse invalide"),
        ("/ar/search/?q=%00", "ar", 'dir="rtl"'),
        ("/en/shop/?sort=%00", "en", "Invalid address"),
    ],
)
def test_the_bad_request_page_speaks_the_visitors_language(client, url, language, text):
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 400
    assert f'lang="{language}"' in html
    assert text in html


@pytest.mark.parametrize("url", ["/fr/search/?q=tapis%09berb%C3%A8re%0A", "/fr/shop/?sort=newest"])
def test_tabs_and_line_breaks_typed_in_a_search_box_are_still_searched(client, url):
    assert client.get(url).status_code == 200


def test_a_cookie_holding_a_nul_is_ignored_not_a_server_error(client):
    client.cookies["sessionid"] = "abcdefgh\x00ijkl"
    client.cookies["django_language"] = "\x00"
    response = client.get("/fr/shop/")
    assert response.status_code == 200
