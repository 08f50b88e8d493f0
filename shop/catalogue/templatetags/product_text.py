from django import template
from django.db.models import Prefetch, prefetch_related_objects
from oscar.core.loading import get_model

from shop.catalogue import attributes
from shop.catalogue.texts import localized_category_name, localized_text

register = template.Library()
CategoryText = get_model("catalogue", "CategoryText")


@register.simple_tag
def product_text(product):
    """``{% product_text product as text %}``: title, description, materials, care, is_fallback."""
    return localized_text(product)


def _category(item):
    """A category, or the category inside the ``CheapCategoryInfo`` Oscar's tree tag gives."""
    return getattr(item, "category", item)


@register.filter
def category_name(category):
    return localized_category_name(_category(category))


@register.filter
def with_category_names(categories):
    """The categories (or Oscar's tree entries), with every category's names fetched in one
    query: a menu naming each with ``category_name`` then costs no query per category."""
    categories = list(categories)
    prefetch_related_objects(
        [_category(item) for item in categories],
        Prefetch("texts", CategoryText.objects.select_related("locale")),
    )
    return categories


@register.simple_tag
def product_attributes(product):
    """``{% product_attributes product as attributes %}``: code, name, value, language_code."""
    return attributes.localized_attributes(product)


@register.filter
def product_type_name(product):
    return attributes.product_type_name(product.get_product_class())
