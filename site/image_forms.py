"""Wagtail's image form, refusing an image that does not decode whole (``tawiza/images.py``).

Wagtail's ``WagtailImageField`` asks Willow for the image's size, which makes Pillow decode
it: a truncated JPEG raises ``OSError`` there, which the field does not catch (a 500 on
``/admin/images/add/`` and on the multiple uploader). ``WholeImageField`` turns that, and
any other decoding failure, into a form error.
"""

from django.core.exceptions import ValidationError
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from tawiza.images import DAMAGED_IMAGE, VECTOR_CONTENT_TYPES, check_image_decodes


class WholeImageField(WagtailImageField):
    def to_python(self, data):
        try:
            upload = super().to_python(data)
        except OSError as error:
            raise ValidationError(DAMAGED_IMAGE, code="damaged_image") from error
        if upload is not None and upload.content_type not in VECTOR_CONTENT_TYPES:
            check_image_decodes(upload)
        return upload


class ImageForm(BaseImageForm):
    """Wagtail's image forms (single and multiple upload, chooser), through
    ``WAGTAILIMAGES_IMAGE_FORM_BASE``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail builds the field in ``formfield_for_dbfield``; the edit form of the
        # multiple uploader has none.
        if "file" in self.fields:
            built = self.fields["file"]
            self.fields["file"] = WholeImageField(label=built.label, required=built.required)
