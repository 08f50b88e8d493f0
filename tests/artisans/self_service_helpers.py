"""Shared fixtures' helpers for the artisan self-service tests (docs/self-service.md)."""

from io import BytesIO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from artisans.models import ArtisanPage

User = get_user_model()
PASSWORD = "argan-et-miel-2026"
ARGAN = "argan-taytmatine"
WEAVERS = "tissage-ait-bouguemez"


def french_artisan(slug):
    return ArtisanPage.objects.get(slug=slug, locale__language_code=settings.LANGUAGE_CODE)


def artisan_account(username, slug, email=None):
    """A user whose own profile is the demo artisan page ``slug`` (every language)."""
    user = User.objects.create_user(username, email or f"{username}@example.ma", PASSWORD)
    page = french_artisan(slug)
    ArtisanPage.objects.filter(translation_key=page.translation_key).update(account=user)
    return user


def phone_jpeg(width=400, height=300, orientation=6, gps=True, name="IMG_0001.jpg"):
    """A JPEG as a phone writes it: stored sideways with an EXIF orientation, and GPS data."""
    image = Image.new("RGB", (width, height), (200, 60, 40))
    image.paste((20, 20, 200), (0, 0, width // 4, height))  # a blue band on the left side
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "PhoneMaker"
    if gps:
        exif[0x8825] = {1: "N", 2: (30.0, 25.0, 0.0), 3: "W", 4: (9.0, 35.0, 0.0)}
    output = BytesIO()
    image.save(output, "JPEG", exif=exif)
    return SimpleUploadedFile(name, output.getvalue(), content_type="image/jpeg")
