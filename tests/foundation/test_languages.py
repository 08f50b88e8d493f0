"""Four languages, language-prefixed URLs, direction and alternates (DESIGN.md, Languages)."""

import re

import pytest

pytestmark = pytest.mark.django_db

HOME_HEADINGS = {
    "fr": "Le travail des coopératives marocaines",
    "ar": "صنعة التعاونيات المغربية",
    "shi": "ⵜⴰⵡⵓⵔⵉ ⵏ ⵜⵎⵢⴰⵡⴰⵙⵉⵏ",
    "en": "The work of Moroccan cooperatives",
}


@pytest.mark.parametrize(
    ("code", "direction"), [("fr", "ltr"), ("ar", "rtl"), ("shi", "ltr"), ("en", "ltr")]
)
def test_each_language_home_page_is_served_in_its_language_and_direction(client, code, direction):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{code}" dir="{direction}"' in html
    assert HOME_HEADINGS[code] in html


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("ar-MA,ar;q=0.9", "/ar/"),
        ("shi", "/shi/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("de-DE", "/fr/"),
        ("", "/fr/"),
    ],
)
def test_root_redirects_to_the_best_language_from_accept_language(
    client, accept_language, expected
):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_home_page_lists_its_translations_as_hreflang_alternates(client):
    html = client.get("/en/").content.decode()
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"', html))
    assert set(alternates) == {"fr", "ar", "shi", "en", "x-default"}
    assert alternates["ar"].endswith("/ar/")
    assert alternates["x-default"].endswith("/fr/")


def test_language_switcher_names_each_language_in_its_own_script(client):
    html = client.get("/fr/cooperatives/").content.decode()
    for name in ("Français", "العربي", "ⵜⴰⵛⵍⵃⵉⵜ", "English"):
        assert name in html
    assert 'href="/ar/cooperatives/"' in html


@pytest.mark.parametrize(
    "path", ["/fr/cooperatives/tissage-ait-bouguemez/", "/ar/shop/", "/shi/shop/basket/"]
)
def test_pages_and_shop_views_share_the_language_prefix(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert f'lang="{path.split("/")[1]}"' in response.content.decode()


def test_unknown_page_gives_a_translated_404(client):
    response = client.get("/fr/cette-page-n-existe-pas/")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()
    response = client.get("/ar/cette-page-n-existe-pas/")
    assert response.status_code == 404
    assert "الصفحة غير موجودة" in response.content.decode()


def test_unknown_language_prefix_gives_a_404_not_a_500(client):
    response = client.get("/xx/", HTTP_ACCEPT_LANGUAGE="fr", follow=True)
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()
