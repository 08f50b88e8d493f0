"""What the checkout, thank-you and account pages say about addresses, in the buyer's terms."""

from django import template

from shop.checkout.forms import country_name

register = template.Library()


@register.filter
def address_lines(address):
    """``address`` as the lines of a label: name, street lines, town and postcode, and the
    country named in the active language (Oscar's own lines name it as stored, in French)."""
    if address is None:
        return []
    lines = address.get_address_field_values(["salutation", "line1", "line2", "line3"])
    town = " ".join(part for part in (address.postcode, address.line4) if part)
    if town:
        lines.append(town)
    if address.country_id:
        lines.append(country_name(address.country))
    return lines


@register.simple_tag
def order_payment(order):
    """What the buyer still has to know about paying ``order`` (method, bank details...)."""
    from shop.checkout.views import payment_context

    return payment_context(order)
