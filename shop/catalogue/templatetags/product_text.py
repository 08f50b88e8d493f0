from django import template

from shop.catalogue.texts import localized_category_name, localized_text

register = template.Library()


@register.simple_tag
def product_text(product):
    """``{% product_text product as text %}``: title, description, materials, care, is_fallback."""
    return localized_text(product)


@register.filter
def category_name(category):
    return localized_category_name(category)
