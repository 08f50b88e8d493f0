from django import template

from shop.shipping.zones import zone_name

register = template.Library()


@register.filter
def shipping_method_name(order):
    """An order's shipping zone in the active language (orders keep the zone's code)."""
    return zone_name(order.shipping_code, order.shipping_method)
