"""Arabic and Tifinagh fonts load only on the pages in that script: a French page (whose
language switcher and logo show Arabic and Tifinagh) pulls neither (issue 13, "Fonts")."""

import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

from .pages import get_head, page_url

pytestmark = pytest.mark.django_db

ARABIC_FONT = re.compile(r"NotoNaskhArabic[^\"')]*\.woff2")
TIFINAGH_FONT = re.compile(r"NotoSansTifinagh[^\"')]*\.woff2")


def font_files_pulled(client, path):
    """Font files the page preloads or its stylesheets declare with @font-face."""
    head = get_head(client, path)
    found = set()
    for link in head.links:
        href = link.get("href", "")
        if "preload" in link.get("rel", "") and link.get("as") == "font":
            found.add(href.rsplit("/", 1)[-1])
        if "stylesheet" in link.get("rel", ""):
            css = Path(finders.find(href.removeprefix("/static/"))).read_text()
            for face in re.findall(r"@font-face\s*{[^}]*}", css):
                found |= set(ARABIC_FONT.findall(face)) | set(TIFINAGH_FONT.findall(face))
    return {name.rsplit("/", 1)[-1] for name in found}


@pytest.mark.parametrize("page_type", ["home", "artisan", "product", "catalogue"])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_latin_pages_pull_no_arabic_or_tifinagh_font(client, language, page_type):
    html = client.get(page_url(language, page_type)).content.decode()
    assert 'lang="ar"' in html and "ⵜⴰⵛⵍⵃⵉⵜ" in html  # the switcher still names them
    assert font_files_pulled(client, page_url(language, page_type)) == set()


@pytest.mark.parametrize("page_type", ["home", "product"])
def test_arabic_pages_pull_the_arabic_font_only(client, page_type):
    fonts = font_files_pulled(client, page_url("ar", page_type))
    assert "NotoNaskhArabic-Regular.woff2" in fonts
    assert not any(TIFINAGH_FONT.match(name) for name in fonts)


@pytest.mark.parametrize("page_type", ["home", "product"])
def test_tachelhit_pages_pull_the_tifinagh_font_only(client, page_type):
    fonts = font_files_pulled(client, page_url("shi", page_type))
    assert fonts == {"NotoSansTifinagh-Regular.woff2"}


def test_the_tifinagh_font_never_shifts_the_layout_when_it_arrives():
    """font-display: swap, and a fallback scaled to its metrics (docs/seo.md)."""
    css = Path(finders.find("css/fonts-shi.css")).read_text()
    assert "font-display: swap" in css
    for descriptor in ("size-adjust", "ascent-override", "descent-override", "line-gap-override"):
        assert descriptor in css


def test_the_logo_is_drawn_not_written_in_tifinagh(client):
    html = client.get("/fr/").content.decode()
    header = html.split('<header class="site-header">')[1].split("</header>")[0]
    brand = header.split("</a>")[0]
    assert "<svg" in brand
    assert not re.search("[\u2d30-\u2d7f]", brand)
