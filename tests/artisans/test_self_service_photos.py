"""Photos from a phone are turned upright, shrunk and stripped of EXIF/GPS on the server
(artisans/photos.py)."""

from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from artisans import photos

from .self_service_helpers import phone_jpeg


def opened(content_file):
    return Image.open(BytesIO(content_file.read()))


def test_a_sideways_phone_photo_is_turned_upright_and_loses_its_exif_and_gps():
    result = opened(photos.prepare_photo(phone_jpeg(400, 300, orientation=6), "p.jpg"))
    assert result.format == "JPEG"
    assert result.size == (300, 400)  # orientation 6: rotated a quarter turn
    assert not result.getexif()
    assert "exif" not in result.info


def test_a_large_photo_is_shrunk_to_the_long_side_limit(settings):
    upload = phone_jpeg(3000, 2400, orientation=1, gps=False)
    result = opened(photos.prepare_photo(upload, "p.jpg"))
    assert max(result.size) == photos.MAX_SIDE
    assert result.size[0] / result.size[1] == pytest.approx(3000 / 2400, rel=0.01)


def test_a_transparent_png_becomes_a_jpeg_on_white():
    output = BytesIO()
    Image.new("RGBA", (50, 40), (0, 0, 0, 0)).save(output, "PNG")
    upload = SimpleUploadedFile("logo.png", output.getvalue(), content_type="image/png")
    result = opened(photos.prepare_photo(upload, "p.jpg"))
    assert result.format == "JPEG" and result.getpixel((10, 10)) == (255, 255, 255)


def test_a_file_that_is_not_an_image_is_refused_with_a_clear_message():
    upload = SimpleUploadedFile("notes.pdf", b"%PDF-1.4 not a photo", content_type="image/jpeg")
    with pytest.raises(ValidationError) as error:
        photos.prepare_photo(upload, "p.jpg")
    assert error.value.code == "not_an_image"


def test_a_photo_cut_short_is_refused():
    data = phone_jpeg(800, 600).read()
    upload = SimpleUploadedFile("cut.jpg", data[: len(data) // 2], content_type="image/jpeg")
    with pytest.raises(ValidationError) as error:
        photos.prepare_photo(upload, "p.jpg")
    assert error.value.code == "damaged"


def test_a_file_over_the_size_limit_is_refused_before_it_is_decoded(monkeypatch):
    monkeypatch.setattr(photos, "MAX_BYTES", 1000)
    with pytest.raises(ValidationError) as error:
        photos.prepare_photo(phone_jpeg(400, 300), "p.jpg")
    assert error.value.code == "too_large"
