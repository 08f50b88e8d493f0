from django import template

from shop.shipping.zones import zone_name

register = template.Library()


@register.filter
def shipping_method_name(order):
    """An order's shipping zone in the active language (orders keep the zone's code)."""
    return zone_name(order.shipping_code, order.shipping_method)


@register.filter
def delivery_estimate(order):
    """How long ``order``'s parcel takes, from the zone of its shipping address (or None)."""
    from shop.shipping.repository import delivery_estimate_for_country

    address = order.shipping_address
    if address is None:
        return None
    return delivery_estimate_for_country(address.country_id)


@register.filter
def country_delivery_estimate(address):
    """How long a parcel to ``address`` takes (the checkout's address, before the order)."""
    from shop.shipping.repository import delivery_estimate_for_country

    if address is None or not address.country_id:
        return None
    return delivery_estimate_for_country(address.country_id)
