from django import template

from shop.fulfilment.statuses import buyer_status_label as buyer_label
from shop.fulfilment.statuses import status_label as label

register = template.Library()


@register.filter
def status_label(status):
    """An order or line status in the reader's language ("Shipped" → "Expédié")."""
    return label(status)


@register.filter
def buyer_status_label(status):
    """A line status as the buyer reads it ("Ready for pickup" → "Ready, soon shipped")."""
    return buyer_label(status)
