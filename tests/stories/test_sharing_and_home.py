"""Stories are shared as schema.org Articles and reach the home page without an editor's pick."""

import json
import re

import pytest

from stories.pages import StoryPage

pytestmark = pytest.mark.django_db

WINTER = {
    "fr": "Un hiver sur le métier",
    "ar": "شتاء على المنسج",
    "shi": "ⵢⴰⵜ ⵜⴳⵔⵙⵜ ⴳ ⵓⵣⵟⴰ",
    "en": "A winter at the loom",
}


def _json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


@pytest.mark.parametrize("code", ["fr", "ar", "shi", "en"])
def test_story_page_carries_article_structured_data_in_its_language(client, code):
    story = StoryPage.objects.get(locale__language_code=code, title=WINTER[code])
    html = client.get(story.url).content.decode()
    (article,) = [d for d in _json_ld(html) if d.get("@type") == "Article"]
    assert article["headline"] == WINTER[code]
    assert article["inLanguage"] == code
    assert article["author"]["name"]
    assert article["url"].endswith(story.url)


@pytest.mark.parametrize("code", ["fr", "ar", "shi", "en"])
def test_home_page_shows_the_latest_stories_when_editors_chose_none(client, code):
    html = client.get(f"/{code}/").content.decode()
    assert WINTER[code] in html
