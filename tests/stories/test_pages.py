"""Story and campaign pages: served in four languages, in the right tree, with filters and feeds."""

import re
import xml.etree.ElementTree as ET

import pytest

from artisans.models import CooperativeIndexPage, CooperativePage
from home.models import HomePage
from stories.models import CampaignIndexPage, CampaignPage, StoryIndexPage, StoryPage

pytestmark = pytest.mark.django_db

STORY_TITLES = {
    "fr": "Un hiver sur le métier",
    "ar": "شتاء على المنسج",
    "shi": "ⵢⴰⵜ ⵜⴳⵔⵙⵜ ⴳ ⵓⵣⵟⴰ",
    "en": "A winter at the loom",
}
INDEX_TITLES = {"fr": "Histoires", "ar": "حكايات", "shi": "ⵜⵉⵏⴼⵓⵙⵉⵏ", "en": "Stories"}
CAMPAIGN_TITLES = {
    "fr": "Un pressoir pour Taytmatine",
    "ar": "معصرة لتايتماتين",
    "shi": "ⵢⴰⵏ ⵓⵎⵙⴽⴰⵔ ⵉ ⵜⴰⵢⵜⵎⴰⵜⵉⵏ",
    "en": "A press for Taytmatine",
}
CAMPAIGN_INDEX_TITLES = {"fr": "Campagnes", "ar": "حملات", "shi": "ⵜⵉⵎⵙⵙⵓⵜⵉⵏ", "en": "Campaigns"}
LANGUAGES = [("fr", "ltr"), ("ar", "rtl"), ("shi", "ltr"), ("en", "ltr")]


def _get(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


@pytest.mark.parametrize(("code", "direction"), LANGUAGES)
def test_story_index_is_served_in_each_language(client, code, direction):
    html = _get(client, f"/{code}/histoires/")
    assert f'<html lang="{code}" dir="{direction}"' in html
    assert INDEX_TITLES[code] in html
    assert STORY_TITLES[code] in html
    assert 'type="application/rss+xml"' in html
    assert "css/blocks.css" in html


@pytest.mark.parametrize(("code", "direction"), LANGUAGES)
def test_story_is_served_in_each_language_with_its_blocks(client, code, direction):
    html = _get(client, f"/{code}/histoires/un-hiver-sur-le-metier/")
    assert f'<html lang="{code}" dir="{direction}"' in html
    assert STORY_TITLES[code] in html
    # Blocks: a translated quote, a product grid with prices, a localized artisan card.
    assert "block-quote" in html
    assert html.count('class="block-product__price"') == 3
    assert f'href="/{code}/cooperatives/tissage-ait-bouguemez/itto-ait-ouahmane/"' in html


def test_story_blocks_are_translated(client):
    html = _get(client, "/ar/histoires/un-hiver-sur-le-metier/")
    assert "حين أبيع زربية، صرت أعرف في أي بيت تنام." in html
    assert "زرابي التعاونية" in html
    assert "الزرابي" in html  # the craft, in Arabic


@pytest.mark.parametrize(("code", "direction"), LANGUAGES)
def test_campaign_pages_are_served_in_each_language(client, code, direction):
    html = _get(client, f"/{code}/campagnes/")
    assert f'dir="{direction}"' in html
    assert CAMPAIGN_INDEX_TITLES[code] in html
    assert CAMPAIGN_TITLES[code] in html
    html = _get(client, f"/{code}/campagnes/un-pressoir-pour-taytmatine/")
    assert f'<html lang="{code}" dir="{direction}"' in html
    assert CAMPAIGN_TITLES[code] in html
    assert "block-product-grid" in html
    assert "/shop/amlou-aux-amandes-300-g_" in html


def test_campaign_names_its_association_in_the_readers_language(client):
    assert "جمعية أبناء سوس" in _get(client, "/ar/campagnes/un-pressoir-pour-taytmatine/")
    assert "Association des Originaires du Souss" in _get(
        client, "/fr/campagnes/un-pressoir-pour-taytmatine/"
    )


# Tree rules ---------------------------------------------------------------------------------


def test_story_and_campaign_pages_only_live_under_their_index(story_index, campaign_index):
    home = HomePage.objects.get(locale__language_code="fr")
    cooperatives = CooperativeIndexPage.objects.get(locale__language_code="fr")
    assert not StoryPage.can_create_at(home)
    assert not CampaignPage.can_create_at(home)
    assert StoryPage.can_create_at(story_index)
    assert not StoryPage.can_create_at(campaign_index)
    assert CampaignPage.can_create_at(campaign_index)
    assert not CampaignPage.can_create_at(story_index)
    assert not StoryPage.can_create_at(cooperatives)
    assert not StoryIndexPage.can_exist_under(cooperatives)
    assert StoryIndexPage.can_exist_under(home) and CampaignIndexPage.can_exist_under(home)
    assert not StoryIndexPage.can_exist_under(story_index)
    assert not CooperativePage.can_create_at(story_index)


def test_each_home_page_has_at_most_one_story_index_and_one_campaign_index(story_index):
    home = story_index.get_parent()
    assert not StoryIndexPage.can_create_at(home)
    assert not CampaignIndexPage.can_create_at(home)
    assert StoryIndexPage.allowed_subpage_models() == [StoryPage]
    assert StoryPage.allowed_subpage_models() == []
    assert CampaignPage.allowed_subpage_models() == []


# Filters and pagination ---------------------------------------------------------------------


def _story_titles(html):
    return re.findall(r'<li class="card story-card">.*?<h2><a href="[^"]+">([^<]+)</a>', html, re.S)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("craft=tapis", ["Un hiver sur le métier"]),
        ("craft=argan", ["La pierre et l&#x27;amande"]),
        ("region=draa-tafilalet", ["La terre verte de Tamegroute"]),
        ("tag=femmes", ["La pierre et l&#x27;amande"]),
        ("craft=tapis&region=souss-massa", []),
        ("craft=inconnu", []),
    ],
)
def test_story_index_filters_by_craft_region_and_tag(client, query, expected):
    assert _story_titles(_get(client, f"/fr/histoires/?{query}")) == expected


def test_story_index_filters_apply_in_every_language(client):
    assert _story_titles(_get(client, "/ar/histoires/?craft=argan")) == ["الحجر واللوزة"]


def test_story_index_lists_newest_first(client):
    titles = _story_titles(_get(client, "/fr/histoires/"))
    assert titles[:3] == [
        "La terre verte de Tamegroute",
        "La pierre et l&#x27;amande",
        "Un hiver sur le métier",
    ]


def _add_stories(index, count, **fields):
    from datetime import date

    for number in range(count):
        index.add_child(
            instance=StoryPage(
                title=f"Histoire de test {number:02d}",
                slug=f"histoire-de-test-{number:02d}",
                author="Test",
                date=date(2020, 1, 1),
                **fields,
            )
        )


def test_story_index_paginates_by_twelve(client, story_index):
    _add_stories(story_index, 12)  # 15 stories in all
    first = _story_titles(_get(client, "/fr/histoires/"))
    second = _story_titles(_get(client, "/fr/histoires/?page=2"))
    assert len(first) == 12 and len(second) == 3
    assert not set(first) & set(second)


@pytest.mark.parametrize(("page", "expected_count"), [("abc", 12), ("0", 3), ("999", 3), ("", 12)])
def test_bad_page_numbers_give_the_first_or_last_page(client, story_index, page, expected_count):
    _add_stories(story_index, 12)
    response = client.get(f"/fr/histoires/?page={page}")
    assert response.status_code == 200
    assert len(_story_titles(response.content.decode())) == expected_count


# Feeds --------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["fr", "ar", "shi", "en"])
def test_rss_feed_lists_the_languages_stories(client, code):
    response = client.get(f"/{code}/histoires/feed/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314 (our own feed)
    assert channel.findtext("language") == code
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert STORY_TITLES[code] in titles
    assert len(titles) == 3
    links = [item.findtext("link") for item in channel.findall("item")]
    assert all(f"/{code}/histoires/" in link for link in links)


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_atom_feed_lists_the_languages_stories(client, code):
    response = client.get(f"/{code}/histoires/feed/atom/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    ns = {"atom": "http://www.w3.org/2005/Atom"}
    feed = ET.fromstring(response.content)  # noqa: S314 (our own feed)
    titles = [
        entry.findtext("atom:title", namespaces=ns) for entry in feed.findall("atom:entry", ns)
    ]
    assert STORY_TITLES[code] in titles


def test_story_index_links_its_feeds_in_the_head(client):
    html = _get(client, "/ar/histoires/")
    head = html.split("</head>")[0]
    assert re.search(
        r'<link rel="alternate" type="application/rss\+xml"[^>]+href="/ar/histoires/feed/rss/"',
        head,
    )
    assert 'href="/ar/histoires/feed/atom/"' in head


# Preview ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fixture", ["carpet_story", "aods_campaign"])
def test_story_and_campaign_can_be_previewed(superuser_client, request, fixture):
    page = request.getfixturevalue(fixture)
    assert page.is_previewable()
    response = superuser_client.get(f"/admin/pages/{page.pk}/view_draft/")
    assert response.status_code == 200
    assert page.title in response.content.decode()
