"""A product's type and attributes in the buyer's language.

Editors name types, attributes and options in French in the Oscar dashboard. Buyers read
the ones the shop ships with (migration 0037_product_types) by their codes, translated
with gettext like every interface string; one staff add later shows its French name.
Prose values (ingredients, dimensions…) are content: they are translated with the rest of
the product's text (``ProductText.attribute_texts``, docs/product-text.md).
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .texts import localized_text

PRODUCT_TYPE_NAMES = {
    "artisanat": gettext_lazy("Crafts"),
    "textiles": gettext_lazy("Textiles"),
    "alimentation-et-cosmetiques": gettext_lazy("Food and cosmetics"),
    "bijoux": gettext_lazy("Jewellery"),
    "poterie": gettext_lazy("Pottery"),
}

ATTRIBUTE_NAMES = {
    "dimensions": gettext_lazy("Dimensions"),
    "colours": gettext_lazy("Colours"),
    "one_of_a_kind": gettext_lazy("One of a kind"),
    "volume": gettext_lazy("Volume"),
    "ingredients": gettext_lazy("Ingredients"),
    "best_before": gettext_lazy("Best before"),
    "certifications": gettext_lazy("Certifications"),
    "metal": gettext_lazy("Metal"),
    "stones": gettext_lazy("Stones"),
    "size": gettext_lazy("Size"),
    "glaze": gettext_lazy("Glaze"),
    "food_safe": gettext_lazy("Safe for food"),
}

OPTION_NAMES = {
    "madder-red": gettext_lazy("Madder red"),
    "undyed-wool": gettext_lazy("Undyed wool"),
    "henna": gettext_lazy("Henna"),
    "walnut-brown": gettext_lazy("Walnut brown"),
    "saffron-yellow": gettext_lazy("Saffron yellow"),
    "indigo": gettext_lazy("Indigo blue"),
    "black": gettext_lazy("Black"),
    "organic": gettext_lazy("Organic"),
    "pgi-argane": gettext_lazy("Argane PGI"),
    "onssa": gettext_lazy("ONSSA approved"),
    "silver": gettext_lazy("Silver"),
    "gilded-silver": gettext_lazy("Gilded silver"),
    "brass": gettext_lazy("Brass"),
    "copper": gettext_lazy("Copper"),
    "unglazed": gettext_lazy("Unglazed"),
    "tamegroute-green": gettext_lazy("Tamegroute green"),
    "fez-blue": gettext_lazy("Fez blue"),
    "safi-polychrome": gettext_lazy("Safi polychrome"),
}

# Attribute types whose values are words an editor writes, translated as product text.
PROSE_TYPES = {"text"}


@dataclass(frozen=True)
class AttributeLine:
    code: str
    name: str
    value: str
    # The language of a prose value (French when not yet translated); None for values
    # that are interface strings, in the page's language.
    language_code: str | None = None


def product_type_name(product_class) -> str:
    if product_class is None:
        return ""
    name = PRODUCT_TYPE_NAMES.get(product_class.slug)
    return str(name) if name is not None else product_class.name


def attribute_name(attribute) -> str:
    name = ATTRIBUTE_NAMES.get(attribute.code)
    return str(name) if name is not None else attribute.name


def option_name(option) -> str:
    name = OPTION_NAMES.get(option.code or "")
    return str(name) if name is not None else option.option


def attribute_values(product):
    """The product's attribute values in the order its type lists them, with what the page
    needs in three queries (values with their attribute and option, multiple options)."""
    if product.is_child:
        values = product.get_attribute_values()
    else:
        values = product.attribute_values.select_related(
            "attribute", "value_option"
        ).prefetch_related("value_multi_option")
    return sorted(values, key=lambda value: value.attribute.pk)


def localized_attributes(product, language_code: str | None = None) -> list[AttributeLine]:
    """The product's attributes, named and valued in ``language_code`` (default: active)."""
    if "texts" not in getattr(product, "_prefetched_objects_cache", {}):
        # Once for this lookup and the page's other questions about the product's words.
        prefetch_related_objects([product], "texts")
    text = localized_text(product, language_code)
    source = localized_text(product, settings.LANGUAGE_CODE)
    lines = []
    for value in attribute_values(product):
        attribute = value.attribute
        kind = attribute.type
        language = None
        if kind in PROSE_TYPES:
            if attribute.code in text.attributes:
                shown, language = text.attributes[attribute.code], text.language_code
            else:
                shown = source.attributes.get(attribute.code, value.value_as_text)
                language = settings.LANGUAGE_CODE
        elif kind == attribute.BOOLEAN:
            shown = _("Yes") if value.value else _("No")
        elif kind == attribute.OPTION:
            shown = option_name(value.value_option) if value.value_option else ""
        elif kind == attribute.MULTI_OPTION:
            shown = ", ".join(
                option_name(option)
                for option in sorted(value.value_multi_option.all(), key=lambda o: o.pk)
            )
        else:
            shown = str(value.value_as_text)
        if shown:
            lines.append(AttributeLine(attribute.code, attribute_name(attribute), shown, language))
    return lines
