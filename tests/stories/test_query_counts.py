"""Listing and story pages cost the same number of queries however many stories or blocks."""

import uuid
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from oscar.core.loading import get_model
from wagtail.images import get_image_model

from artisans.models import ArtisanPage, CooperativePage
from stories.models import CampaignPage, StoryPage

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")


def _queries(client, path):
    """Queries for one view of ``path``, once thumbnails and renditions exist."""
    assert client.get(path).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def _add_stories(index, count, hero_image):
    for number in range(count):
        index.add_child(
            instance=StoryPage(
                title=f"Histoire {number}",
                slug=f"histoire-{number}",
                author="Test",
                date=date(2021, 1, 1),
                summary="Résumé",
                hero_image=hero_image,
            )
        )


def test_story_index_query_count_does_not_grow_with_the_stories(client, story_index):
    hero = StoryPage.objects.filter(locale=story_index.locale).first().hero_image
    few = _queries(client, "/fr/histoires/")
    _add_stories(story_index, 9, hero)
    many = _queries(client, "/fr/histoires/")
    assert many == few


def _block(kind, value):
    return {"type": kind, "id": str(uuid.uuid4()), "value": value}


def _body(copies):
    image = get_image_model().objects.order_by("pk").first()
    products = list(Product.objects.order_by("pk").values_list("pk", flat=True))
    artisan = ArtisanPage.objects.filter(locale__language_code="fr").first()
    cooperative = CooperativePage.objects.filter(locale__language_code="fr").first()
    picture = {"image": image.pk, "alt_text": "Une image", "decorative": False}
    body = [
        _block("artisan", {"artisan": artisan.pk, "note": ""}),
        _block(
            "call_to_action",
            {"text": "Allez", "button_label": "Voir", "page": cooperative.pk, "url": ""},
        ),
    ]
    for number in range(copies):
        body += [
            _block("paragraph", f"<p>Paragraphe {number}</p>"),
            _block("image", {"image": picture, "caption": "Légende", "credit": ""}),
            _block("gallery", {"heading": "", "images": [picture, picture]}),
            _block("quote", {"text": f"Citation {number}", "attribution": "Itto"}),
            _block("product", {"product": products[number % len(products)], "note": ""}),
            _block(
                "product_grid",
                {
                    "heading": "",
                    "products": [
                        {"type": "item", "value": pk, "id": str(uuid.uuid4())}
                        for pk in products[:3]
                    ],
                },
            ),
        ]
    return body


def _story(index, slug, copies):
    story = StoryPage(title=slug, slug=slug, author="Test", date=date(2021, 1, 1))
    story.body = _body(copies)
    index.add_child(instance=story)
    return story


def test_story_query_count_does_not_grow_with_the_blocks(client, story_index):
    short = _story(story_index, "courte", 1)
    long = _story(story_index, "longue", 5)
    assert _queries(client, long.url) == _queries(client, short.url)


def test_campaign_index_query_count_does_not_grow_with_the_campaigns(client, aods_campaign):
    index = aods_campaign.get_parent()
    few = _queries(client, "/fr/campagnes/")
    for number in range(5):
        index.add_child(
            instance=CampaignPage(
                title=f"Campagne {number}",
                slug=f"campagne-{number}",
                association=aods_campaign.association,
                start_date=date(2026, 1, 1),
                hero_image=aods_campaign.hero_image,
            )
        )
    assert _queries(client, "/fr/campagnes/") == few
