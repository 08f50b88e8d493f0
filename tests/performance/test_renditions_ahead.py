"""Renditions and thumbnails are made when a page is published or a picture saved, not on a view."""

import io
import itertools
import re
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.core.files.images import ImageFile
from django.test import Client
from django.utils import translation
from django.utils.text import smart_split
from oscar.core.loading import get_model
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.images.models import Filter

from stories.models import StoryPage
from tawiza import renditions

Image = get_image_model()
Rendition = Image.get_rendition_model()
Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
STORY = "/fr/histoires/un-hiver-sur-le-metier/"
_numbers = itertools.count(1)

WAGTAIL_TAG = re.compile(r"\{%\s*(?:image|picture|srcset_image)\s+\S+\s+(.*?)%\}")
OSCAR_TAG = re.compile(r"\{%\s*oscar_thumbnail\s+\S+\s+\"([^\"]+)\"(.*?)(?:\bas\s+\w+\s*)?%\}")
TEMPLATE_FOLDERS = ["site", "home", "artisans", "stories", "shop", "search"]


def template_texts():
    root = Path(settings.BASE_DIR)
    for folder in TEMPLATE_FOLDERS:
        for path in (root / folder).rglob("*.html"):
            yield path, path.read_text()


def picture(size=(900, 700)):
    """A JPEG of its own colour: Wagtail's rendition cache keys carry the file's hash."""
    number = next(_numbers)
    colour = (number * 37 % 256, number * 91 % 256, number * 53 % 256)
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, format="JPEG")
    return ImageFile(io.BytesIO(buffer.getvalue()), name=f"ahead-{number}.jpg")


def new_image(title):
    """An image as Wagtail's upload form makes it, with its file hash."""
    image = Image.objects.create(title=title, file=picture())
    image.get_file_hash()
    return image


@contextmanager
def no_resizing():
    """Fail any attempt to make a Wagtail rendition or a sorl thumbnail."""

    def refuse(*args, **kwargs):
        raise AssertionError("A page view resized a picture")

    with (
        mock.patch("wagtail.images.models.AbstractImage.generate_rendition_file", refuse),
        mock.patch("sorl.thumbnail.base.ThumbnailBackend._create_thumbnail", refuse),
    ):
        yield


def story():
    return StoryPage.objects.get(
        url_path__endswith="/un-hiver-sur-le-metier/", locale__language_code="fr"
    )


def test_every_size_a_template_asks_for_is_made_ahead():
    made = set(renditions.all_specs())
    thumbnails = [dict(options) for options in renditions.PRODUCT_THUMBNAILS]
    checked = 0
    for path, text in template_texts():
        for bits in WAGTAIL_TAG.findall(text):
            specs = [bit for bit in smart_split(bits) if "=" not in bit]
            missing = set(Filter.expand_spec(specs)) - made
            assert not missing, f"{path.name} asks for {missing}, not in tawiza/renditions.py"
            checked += 1
        for size, options in OSCAR_TAG.findall(text):
            wanted = {"size": size}
            for option in options.split():
                name, value = option.split("=")
                wanted[name] = {"False": False, "True": True}.get(value, value.strip('"'))
            assert wanted in thumbnails, f"{path.name} asks for {wanted}"
            checked += 1
    assert checked > 10


@pytest.mark.django_db
def test_a_published_story_shows_its_new_picture_without_making_one(
    client, django_capture_on_commit_callbacks
):
    # What the pages already show is made by this first visit, as in production.
    for path in (STORY, "/fr/histoires/", "/fr/"):
        assert client.get(path).status_code == 200
    page = story()
    page.hero_image = new_image("Nouvelle photo")
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    made = Rendition.objects.filter(image=page.hero_image).count()
    assert made >= len(renditions.expanded("story_hero"))
    with no_resizing():
        for path in (STORY, "/fr/histoires/"):
            response = Client().get(path)
            assert response.status_code == 200
            urls = [rendition.url for rendition in page.hero_image.renditions.all()]
            assert any(url in response.content.decode() for url in urls), path
    assert Rendition.objects.filter(image=page.hero_image).count() == made


@pytest.mark.django_db
def test_a_replaced_image_file_is_made_again_for_the_pages_showing_it(
    client, django_capture_on_commit_callbacks
):
    page = story()
    image = new_image("Photo")
    page.hero_image = image
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert client.get(STORY).status_code == 200
    # As Wagtail's image edit view does when an editor uploads a new file.
    image.renditions.all().delete()
    image.file = picture()
    image._set_image_file_metadata()
    with django_capture_on_commit_callbacks(execute=True):
        image.save()
    assert image.renditions.count() >= len(renditions.expanded("story_hero"))
    with no_resizing():
        assert Client().get(STORY).status_code == 200


@pytest.mark.django_db
def test_body_pictures_of_a_published_page_are_made_ahead(django_capture_on_commit_callbacks):
    page = story()
    gallery = [new_image(f"Galerie {n}") for n in range(2)]
    single = new_image("Seule")
    body = list(page.body.raw_data)
    body.append(
        {
            "type": "image",
            "value": {
                "image": {"image": single.pk, "alt_text": "Le métier", "decorative": False},
                "caption": "",
                "credit": "",
            },
        }
    )
    body.append(
        {
            "type": "gallery",
            "value": {
                "heading": "",
                "images": [
                    {"image": image.pk, "alt_text": "Laine", "decorative": False}
                    for image in gallery
                ],
            },
        }
    )
    page.body = body
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert single.renditions.count() == len(renditions.expanded("body_picture"))
    for image in gallery:
        assert image.renditions.count() == len(renditions.expanded("body_gallery"))
    with no_resizing():
        response = Client().get(STORY)
    assert response.status_code == 200
    assert single.renditions.first().url.encode() in response.content


@pytest.mark.django_db
def test_a_new_product_picture_is_thumbnailed_before_anyone_sees_it(
    client, django_capture_on_commit_callbacks
):
    product = Product.objects.get(upc="TWZ-TAP-003")
    with translation.override("fr"):
        url = product.get_absolute_url()
    before = client.get(url)
    assert before.status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        image = ProductImage.objects.create(product=product, original=picture(), display_order=9)
    with no_resizing():
        response = Client().get(url)
    assert response.status_code == 200
    # The new picture is in the gallery, from its thumbnail made ahead.
    item = b'class="gallery-strip__item"'
    assert response.content.count(item) == before.content.count(item) + 1
    assert image.pk
