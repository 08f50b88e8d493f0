"""Content-Security-Policy: public pages run scripts from our static files only; the staff
back offices (Wagtail admin, Oscar dashboard) also allow inline scripts (docs/security.md)."""

from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

ROOT = Path(settings.BASE_DIR)
PUBLIC_PAGES = [
    "/fr/",
    "/ar/",
    "/fr/cooperatives/",
    "/fr/cooperatives/tissage-ait-bouguemez/",
    "/fr/cooperatives/tissage-ait-bouguemez/itto-ait-ouahmane/",
    "/fr/histoires/",
    "/fr/histoires/la-pierre-et-l-amande/",
    "/fr/campagnes/un-pressoir-pour-taytmatine/",
    "/fr/shop/",
    "/fr/search/?q=tapis",
    "/fr/shop/accounts/login/",
]
DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}


def policy(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    directives = (part.strip().split() for part in header.split(";") if part.strip())
    return {name: sources for name, *sources in directives}


class InlineCode(HTMLParser):
    """Collects what a strict policy would block: inline scripts, handlers, javascript: links."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        is_code = attributes.get("type") not in DATA_SCRIPT_TYPES
        if tag == "script" and "src" not in attributes and is_code:
            self.found.append(f"inline <script {attributes}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}={value!r}>")
            if name in {"href", "src", "action"} and (value or "").strip().startswith(
                "javascript:"
            ):
                self.found.append(f"<{tag} {name}={value!r}>")


def inline_code(html: str) -> list[str]:
    parser = InlineCode()
    parser.feed(html)
    return parser.found


def assert_strict(response):
    directives = policy(response)
    assert directives["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in directives["script-src"]
    assert directives["default-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert "https://tile.openstreetmap.org" in directives["img-src"]
    assert "data:" in directives["img-src"]


@pytest.fixture
def buyer_pages(client, argan_oil):
    """The shop pages a buyer with something in the basket sees, as (url, response)."""
    product_page = argan_oil.get_absolute_url()
    added = client.post(f"/fr/shop/basket/add/{argan_oil.pk}/", {"quantity": 1})
    assert added.status_code == 302
    urls = [*PUBLIC_PAGES, product_page, "/fr/shop/basket/", "/fr/shop/checkout/"]
    return [(url, client.get(url, follow=True)) for url in urls]


def test_public_pages_forbid_inline_scripts_and_carry_none(buyer_pages):
    for url, response in buyer_pages:
        assert response.status_code == 200, url
        assert_strict(response)
        assert inline_code(response.content.decode()) == [], url


def test_a_missing_page_is_strict_too(client):
    response = client.get("/fr/no-such-page/")
    assert response.status_code == 404
    assert_strict(response)
    assert inline_code(response.content.decode()) == []


def test_video_embeds_may_come_from_youtube_and_vimeo_only(client):
    frames = policy(client.get("/fr/"))["frame-src"]
    assert set(frames) == {
        "'self'",
        "https://www.youtube.com",
        "https://www.youtube-nocookie.com",
        "https://player.vimeo.com",
    }


@pytest.mark.parametrize("url", ["/admin/login/", "/dashboard/login/"])
def test_the_back_offices_allow_inline_scripts_but_keep_the_rest(client, url):
    response = client.get(url, follow=True)
    directives = policy(response)
    assert "'unsafe-inline'" in directives["script-src"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]


def test_the_dashboard_still_starts_oscars_scripts_inline(staff, client):
    client.force_login(staff)
    page = client.get("/dashboard/").content.decode()
    assert "oscar.dashboard.init(" in page


def test_no_buyer_facing_template_writes_inline_code():
    """A template scan, beside the rendered pages: the dashboard's templates are exempt."""
    templates = [
        path
        for area in ("site", "home", "artisans", "stories", "shop", "search")
        for path in (ROOT / area).rglob("templates/**/*.html")
        if "dashboard" not in path.parts and "emails" not in path.parts
    ]
    assert templates
    offenders = {
        str(path.relative_to(ROOT)): found
        for path in templates
        if (found := inline_code(path.read_text()))
    }
    assert offenders == {}
