from django import template

from shop.fulfilment.statuses import status_label as label

register = template.Library()


@register.filter
def status_label(status):
    """An order or line status in the reader's language ("Shipped" → "Expédié")."""
    return label(status)
