"""A buyer, the demo cooperatives' managers, and an artisan with an account of their own."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from oscar.core.loading import get_model
from PIL import Image

from artisans.models import ArtisanPage
from shop.questions.models import Conversation

Product = get_model("catalogue", "Product")
User = get_user_model()

WEAVERS = "tissage-ait-bouguemez"
ARGAN = "argan-taytmatine"
CUSHION = "TWZ-TAP-002"  # made by a weaver of Aït Bouguemez
AMLOU = "TWZ-ARG-003"  # made by the argan cooperative


@pytest.fixture(autouse=True)
def demo_accounts_and_fresh_limits(settings):
    settings.DEBUG = True  # the demo managers sign in only with DEBUG on
    cache.clear()  # the rate limit counts in the cache
    yield
    cache.clear()


@pytest.fixture
def cushion():
    return Product.objects.get(upc=CUSHION)


@pytest.fixture
def weaver_artisan(cushion):
    return cushion.artisan


@pytest.fixture
def weavers_manager():
    return User.objects.get(username=f"coop-{WEAVERS}")


@pytest.fixture
def argan_manager():
    return User.objects.get(username=f"coop-{ARGAN}")


@pytest.fixture
def artisan_account(weaver_artisan):
    """The weaver signs in with an account of their own (docs/onboarding.md)."""
    user = User.objects.create_user("itto", email="itto@example.ma", password="tissage-2026")
    ArtisanPage.objects.filter(translation_key=weaver_artisan.translation_key).update(account=user)
    return user


@pytest.fixture
def other_artisan_account(argan_manager):
    amlou = Product.objects.get(upc=AMLOU)
    user = User.objects.create_user("aicha", email="aicha@example.ma", password="argan-2026")
    ArtisanPage.objects.filter(translation_key=amlou.artisan.translation_key).update(account=user)
    return user


def question_data(**overrides):
    return {
        "name": "Leïla Benali",
        "email": "leila@example.com",
        "message": "Le coussin existe-t-il en bleu indigo ?",
        "website": "",
        **overrides,
    }


def custom_data(**overrides):
    wishes = {
        "size": "60 × 60 cm",
        "colours": "indigo, safran",
        "budget": "900",
        "deadline": "2099-06-01",
        "message": "Un grand coussin pour notre salon, avec les motifs de la vallée.",
    }
    return question_data(**{**wishes, **overrides})


def photo_upload(name="photo.jpg", with_exif=True):
    """A small JPEG, with a camera's EXIF data (GPS included) unless asked not to."""
    image = Image.new("RGB", (64, 48), (180, 90, 40))
    exif = Image.Exif()
    if with_exif:
        exif[0x010F] = "PhoneMaker"  # Make
        exif[0x0112] = 6  # Orientation: rotated 90°
        exif[0x8825] = {1: "N", 2: (31.0, 25.0, 0.0)}  # GPS
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/jpeg")


def ask(client, artisan, *, kind="ask", language="fr", product=None, data=None, **extra):
    url = f"/{language}/makers/{artisan.pk}/{kind}/"
    if product is not None:
        url += f"?product={product.pk}"
    return client.post(url, data if data is not None else question_data(), **extra)


def latest_conversation():
    return Conversation.objects.order_by("-pk").first()
