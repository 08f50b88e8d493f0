"""Each content page type renders in the four languages, with its translated content."""

import json
import re

import pytest
from django.contrib.staticfiles import finders

from home.models import HomeFeaturedArtisan, HomeFeaturedPage, HomePage

from .conftest import page_in

pytestmark = pytest.mark.django_db

WEAVING = "/{code}/cooperatives/tissage-ait-bouguemez/"
FADMA = "/{code}/cooperatives/tissage-ait-bouguemez/fadma-oulhaj/"
MINA = "/{code}/cooperatives/argan-taytmatine/mina-ait-lahcen/"

# The same content in each language: the cooperative's name, its region and Fadma's mentor.
TEXTS = {
    "fr": ("Coopérative de tissage Aït Bouguemez", "Azilal, Haut Atlas", "Itto Aït Ouahmane"),
    "ar": ("تعاونية النسيج آيت بوݣماز", "أزيلال، الأطلس الكبير", "إطو آيت وحمان"),
    "shi": ("ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ ⵓⵥⵟⴰ ⴰⵢⵜ ⴱⵓⴳⵎⵎⴰⵣ", "ⴰⵣⵉⵍⴰⵍ, ⴰⴷⵔⴰⵔ ⵏ ⴷⵔⵏ", "ⵉⵟⵟⵓ ⴰⵢⵜ ⵡⴰⵃⵎⴰⵏ"),
    "en": ("Aït Bouguemez Weaving Cooperative", "Azilal, High Atlas", "Itto Aït Ouahmane"),
}
DIRECTIONS = {"fr": "ltr", "ar": "rtl", "shi": "ltr", "en": "ltr"}
LANGUAGES = list(TEXTS)


def html_of(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def json_ld(html):
    """Every JSON-LD document in the page, parsed."""
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(script) for script in scripts]


@pytest.mark.parametrize("code", LANGUAGES)
def test_cooperative_page_shows_its_translated_story_region_and_gallery(client, code):
    html = html_of(client, WEAVING.format(code=code))
    name, region, _mentor = TEXTS[code]
    assert f'<html lang="{code}" dir="{DIRECTIONS[code]}"' in html
    assert f"<h1>{name}</h1>" in html
    assert region in html
    assert 'class="translation-notice"' not in html
    # Gallery alt text is required and translated.
    alt = {
        "fr": "La vallée des Aït Bouguemez au printemps",
        "ar": "وادي آيت بوݣماز في الربيع",
        "shi": "ⵉⵖⵣⵔ ⵏ ⴰⵢⵜ ⴱⵓⴳⵎⵎⴰⵣ ⴳ ⵜⴰⴼⵙⵓⵜ",
        "en": "The Aït Bouguemez valley in spring",
    }[code]
    assert re.search(rf'<img alt="{alt}[^"]*"', html)


@pytest.mark.parametrize("code", LANGUAGES)
def test_artisan_page_shows_crafts_languages_mentor_and_products(client, code):
    html = html_of(client, FADMA.format(code=code))
    name, _region, mentor = TEXTS[code]
    assert f'dir="{DIRECTIONS[code]}"' in html
    craft = {"fr": "Tissage", "ar": "النسيج", "shi": "ⴰⵥⵟⵟⴰ", "en": "Weaving"}[code]
    assert f"<dd>{craft}</dd>" in html
    assert mentor in html
    assert f'href="/{code}/cooperatives/tissage-ait-bouguemez/itto-ait-ouahmane/"' in html
    assert name in html  # the cooperative, linked from the artisan
    hanbel = {"fr": "Hanbel en laine écrue", "ar": "حنبل من الصوف الطبيعي"}
    hanbel |= {"shi": "ⴰⵃⵏⴱⵍ ⵏ ⵜⴹⵓⵟ ⵜⴰⵎⵍⵍⴰⵍⵜ", "en": "Undyed wool hanbel"}
    assert hanbel[code] in html  # a product Fadma makes, in the reader's language
    assert re.search(r"2\W?600[.,]00", html)  # its price, from the Oscar strategy


def test_arabic_pages_are_in_arabic_and_right_to_left(client):
    html = html_of(client, FADMA.format(code="ar"))
    assert '<html lang="ar" dir="rtl"' in html
    assert "فاطمة ولحاج" in html
    assert "الزربية تحكي الشتاء الذي نسجت فيه." in html


def test_tachelhit_pages_are_in_tifinagh(client):
    html = html_of(client, MINA.format(code="shi"))
    assert "ⵎⵉⵏⴰ ⴰⵢⵜ ⵍⵃⴰⵙⵏ" in html
    assert "ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ" in html  # the craft


@pytest.mark.parametrize("code", LANGUAGES)
def test_cooperative_index_lists_the_cooperatives_with_their_region(client, code):
    html = html_of(client, f"/{code}/cooperatives/")
    name, region, _mentor = TEXTS[code]
    assert name in html
    assert region in html


@pytest.mark.parametrize("code", LANGUAGES)
def test_home_page_falls_back_to_the_latest_artisans_products_and_cooperatives(client, code):
    html = html_of(client, f"/{code}/")
    name, _region, mentor = TEXTS[code]
    assert name in html
    assert mentor in html  # an artisan, with no editor's choice
    amlou = {"fr": "Amlou aux amandes 300 g", "ar": "أملو باللوز 300 غ"}
    amlou |= {"shi": "ⴰⵎⵍⵓ ⵙ ⵍⵍⵓⵣ 300 ⴳ", "en": "Almond amlou 300 g"}
    assert amlou[code] in html  # a product, likewise, in the reader's language
    assert 'fetchpriority="high"' in html
    hero = re.search(r"<picture>.*?</picture>", html, re.S).group(0)
    assert 'loading="eager"' in hero


def test_home_page_shows_the_editors_choices_in_the_visitors_language(client, fadma):
    home = HomePage.objects.get(locale__language_code="fr")
    arabic_home = page_in(home, "ar")
    HomeFeaturedArtisan.objects.create(home=arabic_home, artisan=fadma, sort_order=0)
    story = page_in(fadma, "ar").get_parent()  # any live page will do until stories exist
    HomeFeaturedPage.objects.create(home=arabic_home, page=story, sort_order=0)
    html = html_of(client, "/ar/")
    artisans = html.split('id="artisans-heading"')[1].split("</section>")[0]
    assert "فاطمة ولحاج" in artisans
    assert "إطو آيت وحمان" not in artisans  # only the chosen one
    featured = html.split('id="featured-pages-heading"')[1].split("</section>")[0]
    assert 'href="/ar/cooperatives/tissage-ait-bouguemez/"' in featured


def test_featured_pages_not_live_in_the_visitors_language_are_left_out(client, fadma):
    home = HomePage.objects.get(locale__language_code="fr")
    english = page_in(fadma, "en")
    english.unpublish()
    HomeFeaturedArtisan.objects.create(home=page_in(home, "en"), artisan=fadma, sort_order=0)
    html = html_of(client, "/en/")
    assert 'id="artisans-heading"' not in html
    assert "Fadma Oulhaj" not in html


@pytest.mark.parametrize("code", LANGUAGES)
def test_map_text_is_always_there_without_network(client, code):
    """Tiles need the network; the coordinates and region are text, never hidden."""
    html = html_of(client, WEAVING.format(code=code))
    _name, region, _mentor = TEXTS[code]
    location = re.search(r'<p class="location__text">(.*?)</p>', html, re.S).group(1)
    assert region in location
    assert "31.67° " in location and "6.45° " in location
    assert re.search(r'<div class="map" id="cooperative-map"[^>]*\bhidden\b', html)
    assert '/static/vendor/leaflet/leaflet.js"' in html
    assert "tile.openstreetmap.org" not in html  # no tiles requested before the script runs


def test_leaflet_is_served_from_our_static_files_with_its_licence():
    for name in ("leaflet.js", "leaflet.css", "LICENSE", "images/marker-icon.png"):
        assert finders.find(f"vendor/leaflet/{name}"), name
    assert finders.find("js/cooperative-map.js")


def test_cooperative_json_ld_is_a_valid_organization(client):
    documents = json_ld(html_of(client, WEAVING.format(code="ar")))
    assert len(documents) == 1
    organization = documents[0]
    assert organization["@type"] == "Organization"
    assert organization["name"] == TEXTS["ar"][0]
    assert organization["address"]["addressRegion"] == TEXTS["ar"][1]
    geo = organization["location"]["geo"]
    assert (geo["latitude"], geo["longitude"]) == (31.67, -6.45)


def test_artisan_json_ld_is_a_valid_person(client):
    person = json_ld(html_of(client, FADMA.format(code="shi")))[0]
    assert person["@type"] == "Person"
    assert person["name"] == "ⴼⴰⴹⵎⴰ ⵓⵍⵃⴰⵊ"
    assert person["memberOf"]["name"] == TEXTS["shi"][0]
    assert person["knowsAbout"] == ["ⴰⵥⵟⵟⴰ"]


def test_json_ld_cannot_close_its_script_element(client, weaving):
    weaving.intro = "Laine </script><script>alert(1)</script> & soie"
    weaving.save_revision().publish()
    html = html_of(client, WEAVING.format(code="fr"))
    assert "</script><script>alert(1)" not in html
    assert json_ld(html)[0]["description"] == weaving.intro


@pytest.mark.parametrize("path", [WEAVING, FADMA, "/{code}/"])
def test_sharing_metadata_has_the_page_title_and_an_absolute_image_url(client, path):
    html = html_of(client, path.format(code="en"))
    title = re.search(r'<meta property="og:title" content="([^"]*)"', html).group(1)
    assert title
    image = re.search(r'<meta property="og:image" content="([^"]*)"', html).group(1)
    assert image.startswith("http://testserver/media/images/")
    assert re.search(r'<meta name="twitter:card" content="summary_large_image"', html)
    assert re.search(r'<meta property="og:image:alt" content="[^"]+"', html)


def test_search_description_becomes_the_meta_description(client, weaving):
    english = page_in(weaving, "en")
    english.search_description = "Hand-woven carpets from the High Atlas."
    english.seo_title = "Weavers of the happy valley"
    english.save_revision().publish()
    html = html_of(client, WEAVING.format(code="en"))
    assert '<meta name="description" content="Hand-woven carpets from the High Atlas.">' in html
    assert "<title>Weavers of the happy valley · Tawiza</title>" in html
    assert '<meta property="og:title" content="Weavers of the happy valley">' in html


def test_images_are_responsive_and_lazy_except_the_hero(client):
    html = html_of(client, WEAVING.format(code="fr"))
    pictures = re.findall(r"<picture>.*?</picture>", html, re.S)
    assert pictures
    for picture in pictures:
        assert 'type="image/webp"' in picture
        assert 'type="image/avif"' in picture
        assert 'loading="lazy"' in picture
        assert " 960w" in picture or " 480w" in picture


def test_portraits_are_cropped_around_their_focal_point(client):
    html = html_of(client, FADMA.format(code="fr"))
    portrait = re.search(r'<picture>.*?class="artisan__portrait".*?</picture>', html, re.S)
    assert portrait and "-c100" in portrait.group(0)


def _new_child(model, parent, **fields):
    """An unsaved page placed under ``parent`` the way Wagtail's preview-on-create places it."""
    page = model(locale=parent.locale, **fields)
    page.depth = parent.depth + 1
    page.path = page._get_path(parent.path, page.depth, parent.numchild + 1)
    return page


def test_new_pages_can_be_previewed_before_their_first_save(weaving, fadma):
    from artisans.models import ArtisanPage, CooperativePage

    artisan = _new_child(ArtisanPage, weaving, title="Nouvelle artisane", slug="nouvelle")
    artisan.mentor = fadma
    response = artisan.make_preview_request()
    assert response.status_code == 200
    assert "Nouvelle artisane" in response.rendered_content
    cooperative = _new_child(
        CooperativePage, weaving.get_parent(), title="Nouvelle coopérative", slug="nouvelle"
    )
    response = cooperative.make_preview_request()
    assert response.status_code == 200
    assert "Nouvelle coopérative" in response.rendered_content
