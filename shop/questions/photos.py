"""A buyer's or maker's photo: decoded whole, turned upright, shrunk, and saved again as a
JPEG without its EXIF data (which may hold where and when it was taken)."""

from io import BytesIO

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

from tawiza.images import check_image_decodes

MAX_UPLOAD_BYTES = 8 * 1024 * 1024
LONGEST_SIDE = 1600


def clean_photo(upload):
    """The upload as a clean JPEG ``ContentFile``, or a ``ValidationError``."""
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("This photo is too large (at most %(megabytes)s MB).")
            % {"megabytes": MAX_UPLOAD_BYTES // (1024 * 1024)},
            code="too_large",
        )
    check_image_decodes(upload)
    upload.seek(0)
    with Image.open(upload) as image:
        upright = ImageOps.exif_transpose(image)
        upright.thumbnail((LONGEST_SIDE, LONGEST_SIDE))
        clean = upright.convert("RGB")
    out = BytesIO()
    clean.save(out, format="JPEG", quality=85, optimize=True)
    return ContentFile(out.getvalue(), name="photo.jpg")
