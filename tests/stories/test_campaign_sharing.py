"""The campaign's share image and share links."""

import io
from urllib.parse import parse_qs, urlparse

import pytest
from PIL import Image
from wagtail.models import Locale

from stories.sharecard import HEIGHT, WIDTH

pytestmark = pytest.mark.django_db


def test_the_share_image_is_a_png_of_the_opengraph_size(client, aods_campaign):
    response = client.get(f"{aods_campaign.url}share-image/")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    image = Image.open(io.BytesIO(response.content))
    assert image.format == "PNG"
    assert image.size == (WIDTH, HEIGHT) == (1200, 630)


def test_the_arabic_campaign_has_its_own_card(client, aods_campaign):
    arabic = aods_campaign.get_translation(Locale.objects.get(language_code="ar"))
    french = client.get(f"{aods_campaign.url}share-image/").content
    response = client.get(f"{arabic.url}share-image/")
    assert Image.open(io.BytesIO(response.content)).size == (1200, 630)
    assert response.content != french  # its title and figures in Arabic


def test_the_page_uses_the_card_as_its_opengraph_image(client, aods_campaign):
    html = client.get(aods_campaign.url).content.decode()
    # On the host the visitor asked for, as the canonical URL (docs/seo.md).
    card = f"http://testserver{aods_campaign.url}share-image/"
    assert f'<meta property="og:image" content="{card}">' in html
    assert '<meta property="og:image:width" content="1200">' in html


def share_links(html):
    links = {}
    for network in ("whatsapp", "facebook", "email"):
        marker = f'class="campaign-share__{network}"'
        before = html.split(marker)[0]
        links[network] = before.rsplit('href="', 1)[1].split('"')[0].replace("&amp;", "&")
    return links


def test_share_links_carry_the_code_and_the_campaigns_language(client, aods_campaign):
    arabic = aods_campaign.get_translation(Locale.objects.get(language_code="ar"))
    links = share_links(client.get(arabic.url).content.decode())
    text = parse_qs(urlparse(links["whatsapp"]).query)["text"][0]
    assert "حملة" in text  # the invitation in Arabic
    assert f"?c={aods_campaign.share_code}" in text
    shared = parse_qs(urlparse(links["facebook"]).query)["u"][0]
    assert shared.endswith(f"{arabic.url}?c={aods_campaign.share_code}")
    assert links["email"].startswith("mailto:?subject=")
