from django import template

from shop.catalogue import attributes
from shop.catalogue.texts import localized_category_name, localized_text

register = template.Library()


@register.simple_tag
def product_text(product):
    """``{% product_text product as text %}``: title, description, materials, care, is_fallback."""
    return localized_text(product)


@register.filter
def category_name(category):
    return localized_category_name(category)


@register.simple_tag
def product_attributes(product):
    """``{% product_attributes product as attributes %}``: code, name, value, language_code."""
    return attributes.localized_attributes(product)


@register.filter
def product_type_name(product):
    return attributes.product_type_name(product.get_product_class())
