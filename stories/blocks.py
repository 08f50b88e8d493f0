"""StreamField blocks shared by editorial pages (stories, campaigns).

Every block names its own template under ``templates/blocks/`` and carries an icon, a
description and a preview value, so editors see what a block does before inserting it.
Blocks that show a model (an image, an artisan, a product) take their preview from the
database (``get_preview_value``): a block preview is only useful with real content.
"""

import copy

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from oscar.apps.partner.strategy import Selector
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock, ImageChooserBlock

from shop.choosers import Product, ProductChooserBlock, products_for_display
from tawiza.locales import translated

# Block previews in the admin, styled like the site.
PREVIEW_TEMPLATE = "stories/block_preview.html"


def _first_image():
    return get_image_model().objects.order_by("pk").first()


def _preview_image():
    image = _first_image()
    if image is not None:
        image.contextual_alt_text = image.title
        image.decorative = False
    return image


def _preview_products(count):
    return list(products_for_display(Product.objects.browsable().order_by("pk"))[:count])


def _preview_artisan():
    from artisans.models import ArtisanPage

    return ArtisanPage.objects.live().order_by("pk").first()


class RenditionPrefetchingImageChooserBlock(ImageChooserBlock):
    """Fetches the chosen images with their renditions, so a page of pictures costs two queries."""

    def bulk_to_python(self, values):
        images = self.model_class.objects.prefetch_renditions().in_bulk(
            [value for value in values if value is not None]
        )
        seen, result = set(), []
        for value in values:
            image = images.get(value)
            result.append(copy.copy(image) if value in seen else image)
            seen.add(value)
        return result


class AccessibleImageBlock(ImageBlock):
    """Wagtail's ImageBlock: alt text required unless the editor marks the image decorative."""

    def __init__(self, required=True, **kwargs):
        super().__init__(required=required, **kwargs)
        image_block = RenditionPrefetchingImageChooserBlock(required=required)
        image_block.set_name("image")
        self.child_blocks["image"] = image_block

    def deconstruct(self):
        return ("stories.blocks.AccessibleImageBlock", [], self._constructor_kwargs)


class ParagraphBlock(blocks.RichTextBlock):
    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"
        preview_template = PREVIEW_TEMPLATE
        features = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]
        description = _("Text with headings, emphasis, lists and links.")
        preview_value = (
            "<h2>Le métier à tisser</h2><p>Chaque tapis demande <b>des semaines</b> de travail.</p>"
        )


class ImageWithCaptionBlock(blocks.StructBlock):
    image = AccessibleImageBlock()
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("photo credit"), required=False, max_length=120)

    def get_preview_value(self):
        return self.normalize(
            {
                "image": _preview_image(),
                "caption": "Le métier vertical dans la pièce la plus chaude de la maison.",
                "credit": "Tawiza",
            }
        )

    class Meta:
        icon = "image"
        template = "blocks/image_with_caption.html"
        preview_template = PREVIEW_TEMPLATE
        description = _("One picture with its caption and credit; alt text is required.")


class GalleryBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    images = blocks.ListBlock(AccessibleImageBlock(), min_num=2, max_num=12, label=_("images"))

    def get_preview_value(self):
        images = [image for image in (_preview_image(), _preview_image()) if image]
        return self.normalize({"heading": "Dans l'atelier", "images": images})

    class Meta:
        icon = "image"
        template = "blocks/gallery.html"
        preview_template = PREVIEW_TEMPLATE
        description = _("A grid of two to twelve pictures.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        preview_template = PREVIEW_TEMPLATE
        description = _("A quotation and who said it.")
        preview_value = {
            "text": "Un tapis raconte l'hiver où il a été tissé.",
            "attribution": "Fadma Oulhaj",
        }


class VideoBlock(blocks.StructBlock):
    """An embedded video. When the provider cannot be reached the page shows a plain link."""

    video = EmbedBlock(label=_("video URL"), help_text=_("A YouTube or Vimeo address."))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        # Wagtail answers "" when the provider cannot be reached (no network, unknown site).
        context["embed_html"] = value["video"].html if value["video"] else ""
        return context

    class Meta:
        icon = "media"
        template = "blocks/video.html"
        preview_template = PREVIEW_TEMPLATE
        description = _("A video from YouTube or Vimeo, with a link when it cannot be embedded.")
        preview_value = {
            "video": "https://www.youtube.com/watch?v=tawiza-demo",
            "caption": "Le concassage des noix d'argan.",
        }


class ArtisanCardBlock(blocks.StructBlock):
    """An artisan's card. The page shown is the artisan's page in the reader's language."""

    artisan = blocks.PageChooserBlock(page_type="artisans.ArtisanPage", label=_("artisan"))
    note = blocks.CharBlock(label=_("note"), required=False, max_length=250)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        artisan = value["artisan"]
        context["artisan"] = translated(artisan.specific) if artisan else None
        return context

    def get_preview_value(self):
        return self.normalize({"artisan": _preview_artisan(), "note": ""})

    class Meta:
        icon = "user"
        template = "blocks/artisan_card.html"
        preview_template = PREVIEW_TEMPLATE
        description = _("A card linking to an artisan's page, in the reader's language.")


def purchase_info(product, parent_context):
    """Price and availability from Oscar's strategy for the current request."""
    request = (parent_context or {}).get("request")
    strategy = getattr(request, "strategy", None)
    if strategy is None:
        # Outside the shop's middleware (a block preview, an e-mail): the default strategy.
        user_request = request if hasattr(request, "user") else None
        strategy = Selector().strategy(request=user_request)
    return strategy.fetch_for_product(product)


class ProductCardBlock(blocks.StructBlock):
    product = ProductChooserBlock(label=_("product"))
    note = blocks.CharBlock(label=_("note"), required=False, max_length=250)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        product = value["product"]
        context["product"] = product
        context["purchase"] = purchase_info(product, parent_context) if product else None
        return context

    def get_preview_value(self):
        return self.normalize({"product": next(iter(_preview_products(1)), None), "note": ""})

    class Meta:
        icon = "tag"
        template = "blocks/product_card.html"
        preview_template = PREVIEW_TEMPLATE
        description = _("One product from the shop, with its picture and price.")


class ProductGridBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    products = blocks.ListBlock(ProductChooserBlock(), min_num=1, max_num=12, label=_("products"))

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["items"] = [
            {"product": product, "purchase": purchase_info(product, parent_context)}
            for product in value["products"]
            if product is not None and product.is_public
        ]
        return context

    def get_preview_value(self):
        return self.normalize(
            {"heading": "Pièces de la coopérative", "products": _preview_products(3)}
        )

    class Meta:
        icon = "table"
        template = "blocks/product_grid.html"
        preview_template = PREVIEW_TEMPLATE
        description = _("A grid of up to twelve products from the shop.")


class CallToActionBlock(blocks.StructBlock):
    """A short appeal and a button to a page of the site or to another address."""

    text = blocks.CharBlock(label=_("text"), max_length=250)
    button_label = blocks.CharBlock(label=_("button label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("or address"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if bool(value["page"]) == bool(value["url"]):
            message = ValidationError(_("Choose either a page or an address."))
            raise StructBlockValidationError(block_errors={"page": message, "url": message})
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        request = (parent_context or {}).get("request")
        page = value.get("page")
        context["href"] = translated(page).get_url(request) if page else value.get("url")
        return context

    class Meta:
        icon = "link"
        template = "blocks/call_to_action.html"
        preview_template = PREVIEW_TEMPLATE
        description = _("A sentence and a button to a page or an address.")
        preview_value = {
            "text": "Soutenez les coopératives du Souss.",
            "button_label": "Voir la boutique",
            "page": None,
            "url": "https://tawiza.ma/fr/shop/",
        }


class BaseStreamBlock(blocks.StreamBlock):
    """The blocks every editorial body offers."""

    paragraph = ParagraphBlock()
    image = ImageWithCaptionBlock()
    gallery = GalleryBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    artisan = ArtisanCardBlock()
    product = ProductCardBlock()
    product_grid = ProductGridBlock()
    call_to_action = CallToActionBlock()
