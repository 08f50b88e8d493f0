"""Photos taken with a phone, made fit for the shop on the server (docs/self-service.md).

A phone's camera writes large JPEGs, often stored sideways with an EXIF "orientation" tag,
and with the GPS position of the artisan's house in their EXIF data. Every photo an artisan
sends is decoded whole, turned upright (``ImageOps.exif_transpose``), shrunk to
``MAX_SIDE`` pixels on its long side and saved again as a JPEG with no metadata at all.
"""

from io import BytesIO

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

MAX_SIDE = 2000  # pixels, long side
MAX_BYTES = 20 * 1024 * 1024  # a phone photo is 2-10 MB
MAX_PIXELS = 60_000_000  # beyond this, decoding alone would take the server's memory
JPEG_QUALITY = 85

NOT_AN_IMAGE = _("This file is not a photo. Choose a photo (JPEG, PNG or WebP).")
DAMAGED = _(
    "This photo is damaged or incomplete (perhaps its upload was cut short). Send it again."
)


def too_large_message():
    return _("This photo is too large: at most %(size)s.") % {"size": filesizeformat(MAX_BYTES)}


def prepare_photo(upload, name: str) -> ContentFile:
    """``upload`` (an uploaded file) as an upright, stripped JPEG, or ``ValidationError``."""
    if upload.size > MAX_BYTES:
        raise ValidationError(too_large_message(), code="too_large")
    upload.seek(0)
    try:
        with Image.open(upload) as image:
            if image.width * image.height > MAX_PIXELS:
                raise ValidationError(too_large_message(), code="too_large")
            image.load()
            upright = ImageOps.exif_transpose(image)
    except ValidationError:
        raise
    except Image.DecompressionBombError as error:
        raise ValidationError(too_large_message(), code="too_large") from error
    except Image.UnidentifiedImageError as error:
        raise ValidationError(NOT_AN_IMAGE, code="not_an_image") from error
    except (OSError, SyntaxError, ValueError) as error:
        raise ValidationError(DAMAGED, code="damaged") from error
    if upright.mode not in ("RGB", "L"):
        # Transparency (PNG) on white, like the shop's pages.
        background = Image.new("RGB", upright.size, "white")
        rgba = upright.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        upright = background
    upright.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    output = BytesIO()
    # A new image carries no EXIF, XMP or ICC data unless given: none is.
    upright.save(output, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    return ContentFile(output.getvalue(), name=name)
