"""Blocks of the product text's attribute values (``ProductText.attribute_texts``)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class AttributeCodeBlock(blocks.FieldBlock):
    """An attribute's code. Not a ``CharBlock``: wagtail-localize copies it into every
    language instead of offering it for translation, so translations stay keyed by it."""

    def __init__(self, required=True, help_text=None, **kwargs):
        self.field = forms.SlugField(required=required, help_text=help_text)
        super().__init__(**kwargs)


class AttributeTextBlock(blocks.StructBlock):
    """One prose attribute value (ingredients, dimensions…) in the text's language."""

    code = AttributeCodeBlock(label=_("attribute code"))
    text = blocks.TextBlock(label=_("text"))

    class Meta:
        icon = "list-ul"
        label = _("Attribute")
