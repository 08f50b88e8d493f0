"""Uploaded images are decoded whole before they are accepted.

Django's ``ImageField``, Wagtail's and Oscar's forms read only an image's header: a JPEG cut
short (an upload interrupted on a weak connection) passes them, is stored, and every
thumbnail or rendition made from it later fails with "image file is truncated" (a 500 on
the upload's own result page in the Wagtail admin). Decoding every pixel once, while the
form is validated, turns it into a form error and stores nothing.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage

DAMAGED_IMAGE = _(
    "This image is damaged or incomplete (perhaps its upload was cut short): "
    "it cannot be shown. Upload it again."
)
# Formats Pillow does not draw: their own field checks are all there is.
VECTOR_CONTENT_TYPES = {"image/svg+xml"}


def check_image_decodes(upload):
    """Raise ``ValidationError`` unless every pixel of ``upload`` (a file) can be decoded."""
    position = upload.tell() if hasattr(upload, "tell") else 0
    upload.seek(0)
    try:
        with PILImage.open(upload) as image:
            image.load()
    except (OSError, SyntaxError, ValueError, PILImage.DecompressionBombError) as error:
        # OSError: truncated or corrupt data; SyntaxError and ValueError: broken headers
        # that Pillow finds only while decoding.
        raise ValidationError(DAMAGED_IMAGE, code="damaged_image") from error
    finally:
        upload.seek(position)
