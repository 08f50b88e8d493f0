"""The story blocks of cooperative and artisan pages.

A deliberately small set built on Wagtail's basic blocks. The editorial ``BaseStreamBlock``
(stories/blocks.py) is written on another branch; once it lands, ``StoryBlock`` can give way
to it without a data migration, as long as the block names below are kept.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class CaptionedImageBlock(blocks.StructBlock):
    """An image with its alternative text (required unless marked decorative) and a caption.

    Wagtail's ``ImageBlock`` carries the alt text with the image, per use, so the same photo
    can be described differently in two stories; wagtail-localize offers it for translation.
    """

    image = ImageBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/captioned_image.html"
        description = _("A photograph with its alternative text and an optional caption.")
        preview_value = {"caption": _("The loom in Itto's house, in winter.")}


class QuoteBlock(blocks.StructBlock):
    """Words of an artisan, in their own voice."""

    text = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("who said it"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote.html"
        description = _("A quotation, with who said it.")
        preview_value = {
            "text": _("A carpet tells the story of the winter it was woven in."),
            "attribution": "Fadma Oulhaj",
        }


class StoryBlock(blocks.StreamBlock):
    """Paragraphs, images and quotes: enough to tell a cooperative's or an artisan's story."""

    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "ol", "ul"],
        icon="pilcrow",
        template="blocks/paragraph.html",
        description=_("A paragraph of text."),
        preview_value="<p>Les métiers occupent la pièce la plus chaude de la maison.</p>",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()

    class Meta:
        block_counts = {}
