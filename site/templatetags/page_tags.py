"""Template helpers of the content pages: coordinates. Sharing metadata and structured data are
``{% head_meta %}``'s (seo_tags.py)."""

from django import template
from django.utils.translation import pgettext

register = template.Library()


def _coordinate(value, positive, negative):
    if value is None:
        return ""
    hemisphere = positive if value >= 0 else negative
    return f"{abs(value):.2f}° {hemisphere}"


@register.filter
def latitude(value):
    """31.67 → "31.67° N" (the letter translated)."""
    return _coordinate(value, pgettext("compass", "N"), pgettext("compass", "S"))


@register.filter
def longitude(value):
    """-6.45 → "6.45° W" (the letter translated)."""
    return _coordinate(value, pgettext("compass", "E"), pgettext("compass", "W"))
