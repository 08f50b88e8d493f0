"""Keep the French ``ProductText`` / ``CategoryText`` rows in step with the Oscar objects.

Oscar's dashboard edits the French words on the product itself, prose attribute values
included; the French text row is the source that wagtail-localize translates from.
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from oscar.core.loading import get_model
from wagtail.models import Locale

from .attributes import PROSE_TYPES

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
ProductText = get_model("catalogue", "ProductText")
CategoryText = get_model("catalogue", "CategoryText")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")


def _source_locale():
    return Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()


@receiver(post_save, sender=Product)
def mirror_product_text(sender, instance, raw=False, **kwargs):
    locale = _source_locale()
    if raw or locale is None:
        return
    ProductText.objects.update_or_create(
        product=instance,
        locale=locale,
        defaults={
            "title": instance.title or (instance.parent.title if instance.parent_id else ""),
            "description": instance.description,
            "materials": instance.materials,
            "care": instance.care,
        },
    )


def french_attribute_texts(product_id) -> list[dict]:
    """The product's prose attribute values as ``ProductText.attribute_texts`` stream data.

    Each block's id is the attribute code, so a value keeps its place (and wagtail-localize
    its translation) when another one changes.
    """
    values = (
        ProductAttributeValue.objects.filter(product_id=product_id, attribute__type__in=PROSE_TYPES)
        .select_related("attribute")
        .order_by("attribute__pk")
    )
    return [
        {
            "type": "attribute",
            "id": value.attribute.code,
            "value": {"code": value.attribute.code, "text": value.value_text},
        }
        for value in values
        if value.value_text
    ]


@receiver(post_save, sender=ProductAttributeValue)
@receiver(post_delete, sender=ProductAttributeValue)
def mirror_attribute_texts(sender, instance, raw=False, **kwargs):
    """A value saved on its own (``ProductAttribute.save_value``) or deleted.

    ``Product.save`` covers the product form, whose values Oscar writes in bulk.
    """
    locale = _source_locale()
    if raw or locale is None or instance.attribute.type not in PROSE_TYPES:
        return
    sync_french_attribute_texts(instance.product_id, locale)


def sync_french_attribute_texts(product_id, locale=None):
    """Copy the product's prose attribute values into its French text, if they changed."""
    locale = locale or _source_locale()
    text = ProductText.objects.filter(product_id=product_id, locale=locale).first()
    if text is None:
        return
    wanted = french_attribute_texts(product_id)
    current = [(block["id"], dict(block["value"])) for block in text.attribute_texts.raw_data]
    if current != [(block["id"], block["value"]) for block in wanted]:
        text.attribute_texts = wanted
        text.save(update_fields=["attribute_texts"])


@receiver(post_save, sender=Category)
def mirror_category_text(sender, instance, raw=False, **kwargs):
    # The names this object read before (shop/catalogue/texts.py) may have changed.
    instance.__dict__.pop("_tawiza_names", None)
    locale = _source_locale()
    if raw or locale is None:
        return
    CategoryText.objects.update_or_create(
        category=instance, locale=locale, defaults={"name": instance.name}
    )
