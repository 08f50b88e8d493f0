"""Wagtail refuses oversized, over-pixelled and fake images, with a message, storing nothing."""

import io
import uuid
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection

pytestmark = pytest.mark.django_db

Image = get_image_model()


@pytest.fixture
def image_admin(client):
    """A superuser outside the demo accounts (which DEBUG off refuses)."""
    admin = get_user_model().objects.create_superuser(
        "image-admin", "image-admin@example.org", "not-the-demo-password"
    )
    client.force_login(admin)
    return client


def png(width, height):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (168, 68, 42)).save(buffer, format="PNG")
    return buffer.getvalue()


def stored_originals(settings, stem):
    """Stored originals named after an upload (other test runs may share MEDIA_ROOT)."""
    folder = Path(settings.MEDIA_ROOT) / "original_images"
    return set(folder.glob(f"{stem}*")) if folder.exists() else set()


def unique_name(extension):
    return f"refused-{uuid.uuid4().hex[:12]}.{extension}"


def upload(client, name, content, content_type="image/png"):
    return client.post(
        "/admin/images/add/",
        {
            "title": "Téléversement",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content, content_type),
        },
    )


def assert_refused(response, settings, name, before_rows, code):
    assert response.status_code == 200  # the form again, not a redirect to the new image
    errors = response.context["form"].errors.as_data()["file"]
    assert [error.code for error in errors] == [code]
    assert str(errors[0].message)  # a message the editor reads
    assert Image.objects.count() == before_rows
    assert not stored_originals(settings, name.rsplit(".", 1)[0])


def test_a_valid_image_is_accepted(image_admin, settings):
    """The control case: the same upload path stores a small image (and its file)."""
    before, name = Image.objects.count(), unique_name("png")
    response = upload(image_admin, name, png(40, 30))
    assert response.status_code == 302, response.context["form"].errors
    assert Image.objects.count() == before + 1
    assert stored_originals(settings, name.rsplit(".", 1)[0])


def test_too_large_a_file_is_refused(image_admin, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    before_rows, name = Image.objects.count(), unique_name("png")
    noisy = PILImage.effect_noise((200, 200), 100).convert("RGB")
    buffer = io.BytesIO()
    noisy.save(buffer, format="PNG")
    response = upload(image_admin, name, buffer.getvalue())
    assert_refused(response, settings, name, before_rows, "file_too_large")


def test_too_many_pixels_are_refused(image_admin, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 1_000_000
    before_rows, name = Image.objects.count(), unique_name("png")
    response = upload(image_admin, name, png(3000, 3000))
    assert_refused(response, settings, name, before_rows, "file_too_many_pixels")


def test_a_text_file_named_jpg_is_refused(image_admin, settings):
    before_rows, name = Image.objects.count(), unique_name("jpg")
    response = upload(image_admin, name, b"Ceci n'est pas une image.\n" * 20, "image/jpeg")
    assert_refused(response, settings, name, before_rows, "invalid_image")


def test_the_project_limits_are_set():
    from django.conf import settings

    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
