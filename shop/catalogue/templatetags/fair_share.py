"""``{% product_fair_share product as share %}`` and ``{% basket_fair_share basket as share %}``."""

from django import template

from shop import fairshare

register = template.Library()


@register.simple_tag
def product_fair_share(product):
    return fairshare.product_share(product)


@register.simple_tag
def basket_fair_share(basket):
    return fairshare.basket_share(basket)
