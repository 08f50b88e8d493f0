"""Fixtures of the content-page tests: the demo's pages and a way to add more of them."""

import io
import itertools
from decimal import Decimal

import pytest
from django.conf import settings
from django.core.files.images import ImageFile
from oscar.core.loading import get_model
from wagtail.images import get_image_model
from wagtail.models import Locale

from artisans.models import ArtisanPage, CooperativeGalleryImage, CooperativePage
from tawiza.demo.images import draw_picture

Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
StockRecord = get_model("partner", "StockRecord")
Image = get_image_model()

_numbers = itertools.count(1)


def page_in(page, code):
    """``page``'s translation in the language ``code``."""
    return page.get_translation(Locale.objects.get(language_code=code)).specific


@pytest.fixture
def weaving():
    """The weaving cooperative's French page (the demo's first cooperative)."""
    return CooperativePage.objects.get(
        slug="tissage-ait-bouguemez", locale__language_code=settings.LANGUAGE_CODE
    )


@pytest.fixture
def argan():
    return CooperativePage.objects.get(
        slug="argan-taytmatine", locale__language_code=settings.LANGUAGE_CODE
    )


@pytest.fixture
def fadma():
    return ArtisanPage.objects.get(
        slug="fadma-oulhaj", locale__language_code=settings.LANGUAGE_CODE
    )


def make_image(name="test"):
    number = next(_numbers)
    data = draw_picture("portrait", "clay", f"{name}-{number}", (200, 240))
    return Image.objects.create(
        title=f"Test image {name} {number}",
        file=ImageFile(io.BytesIO(data), name=f"test-{name}-{number}.jpg"),
    )


def add_artisan_with_products(cooperative, products=2):
    """A published artisan (French) under ``cooperative`` with ``products`` products in stock."""
    number = next(_numbers)
    artisan = ArtisanPage(
        title=f"Artisane de test {number}",
        slug=f"artisane-de-test-{number}",
        village="Tabant",
        portrait=make_image("portrait"),
        languages_spoken=["tzm"],
    )
    cooperative.add_child(instance=artisan)
    artisan.save_revision().publish()
    product_class = ProductClass.objects.get(name="Artisanat")
    for index in range(products):
        product = Product.objects.create(
            title=f"Pièce de test {number}-{index}",
            upc=f"TEST-{number}-{index}",
            product_class=product_class,
            artisan=artisan,
            is_public=True,
        )
        StockRecord.objects.create(
            product=product,
            partner=cooperative.partner,
            partner_sku=product.upc,
            price_currency="MAD",
            price=Decimal("100.00"),
            num_in_stock=3,
        )
    return artisan


def add_cooperative(index):
    number = next(_numbers)
    cooperative = CooperativePage(
        title=f"Coopérative de test {number}",
        slug=f"cooperative-de-test-{number}",
        intro="Une coopérative de test.",
        latitude=Decimal("30.0"),
        longitude=Decimal("-8.0"),
    )
    cooperative.gallery_images = [
        CooperativeGalleryImage(
            locale=index.locale, image=make_image("gallery"), alt_text="Une photographie"
        )
    ]
    index.add_child(instance=cooperative)
    cooperative.save_revision().publish()
    return cooperative
