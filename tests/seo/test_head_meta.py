"""Every public page type, in the four languages, tells search engines and social networks
what it is: a real description, a canonical URL on the page's own host, OpenGraph and a
Twitter card (issue 13, "Products people can find and share")."""

from urllib.parse import urlsplit

import pytest

from tawiza.seo import site_description

from .pages import LANGUAGES, PAGE_TYPES, get_head, page_url

pytestmark = pytest.mark.django_db

ALL_PAGES = [(language, page_type) for language in LANGUAGES for page_type in PAGE_TYPES]
OG_LOCALES = {"fr": "fr_FR", "ar": "ar_AR", "shi": "shi_MA", "en": "en_GB"}


@pytest.mark.parametrize(("language", "page_type"), ALL_PAGES)
def test_every_page_has_a_description_canonical_opengraph_and_twitter_card(
    client, language, page_type
):
    path = page_url(language, page_type)
    head = get_head(client, path)
    (description,) = head.meta["description"]
    assert description.strip()
    (canonical,) = head.hrefs("canonical")
    assert urlsplit(canonical).netloc == "testserver"
    assert urlsplit(canonical).path == urlsplit(path).path
    assert head.meta["og:url"] == [canonical]
    assert head.meta["og:title"][0].strip()
    assert head.meta["og:description"] == [description]
    assert head.meta["og:locale"] == [OG_LOCALES[language]]
    assert OG_LOCALES[language] not in head.meta.get("og:locale:alternate", [])
    assert head.meta["twitter:card"][0] in {"summary", "summary_large_image"}
    assert head.meta["twitter:title"] == head.meta["og:title"]


@pytest.mark.parametrize(("language", "page_type"), ALL_PAGES)
def test_canonical_and_hreflang_links_are_on_the_same_host(client, language, page_type):
    head = get_head(client, page_url(language, page_type))
    hreflang = [link["href"] for link in head.link("alternate") if "hreflang" in link]
    assert len(hreflang) >= 2
    hosts = {urlsplit(url).netloc for url in head.hrefs("canonical") + hreflang}
    assert hosts == {"testserver"}
    for data in head.json_ld:
        if "url" in data:
            assert urlsplit(data["url"]).netloc == "testserver", data


@pytest.mark.parametrize("page_type", ["cooperative", "artisan", "story", "product"])
def test_pages_about_something_describe_it_not_the_site(client, page_type):
    """Without a search description, a page says what it is about (its intro, summary,
    quote, the product's description), not the site's generic sentence."""
    for language in LANGUAGES:
        head = get_head(client, page_url(language, page_type))
        assert head.meta["description"] != [site_description()], (language, page_type)


@pytest.mark.parametrize("page_type", ["cooperative", "artisan", "story", "product", "campaign"])
def test_pages_with_a_picture_share_it_at_an_absolute_url(client, page_type):
    head = get_head(client, page_url("fr", page_type))
    (image,) = head.meta["og:image"]
    assert image.startswith("http://testserver/")
    assert head.meta["twitter:card"] == ["summary_large_image"]
    assert head.meta["og:image:alt"][0].strip()
    assert client.get(urlsplit(image).path).status_code == 200


def test_the_product_page_is_shared_as_a_product_in_the_buyers_words(client):
    french = get_head(client, page_url("fr", "product"))
    arabic = get_head(client, page_url("ar", "product"))
    assert french.meta["og:type"] == ["product"]
    assert arabic.meta["og:title"] != french.meta["og:title"]
    assert arabic.meta["description"] != french.meta["description"]
    # Every language shows the product, so every other language is an alternate locale.
    assert sorted(arabic.meta["og:locale:alternate"]) == ["en_GB", "fr_FR", "shi_MA"]


def test_the_campaign_shares_its_generated_card(client):
    head = get_head(client, page_url("fr", "campaign"))
    (image,) = head.meta["og:image"]
    assert urlsplit(image).path.endswith("/share-image/")
    assert head.meta["og:image:width"] == ["1200"]
