"""Template helpers of the content pages: sharing metadata, structured data, coordinates."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import pgettext

register = template.Library()

# Characters that could end a <script> element or open a comment inside it, escaped the way
# Django's json_script escapes them; JSON parsers read the escapes back as the characters.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}

# The size of the picture shared on social networks (OpenGraph recommends 1.91:1).
SOCIAL_IMAGE_FILTER = "fill-1200x630-c100|format-jpeg"


@register.simple_tag(takes_context=True)
def structured_data(context):
    """The page's schema.org JSON-LD in a script element, or nothing.

    A page type takes part by defining ``get_structured_data(request)`` returning a dict.
    """
    page = context.get("page")
    request = context.get("request")
    if page is None or request is None or not hasattr(page, "get_structured_data"):
        return ""
    data = page.get_structured_data(request)
    if not data:
        return ""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308 (escaped above)


@register.simple_tag(takes_context=True)
def social_image(context):
    """The rendition shared on social networks, with its absolute URL, or None.

    A page type takes part by defining ``get_social_image()`` returning a Wagtail image and
    its alternative text, or None; or ``get_social_card(request)`` returning the image's
    url, width, height and alt itself (a campaign's generated card).
    """
    page = context.get("page")
    request = context.get("request")
    if page is not None and request is not None and hasattr(page, "get_social_card"):
        return page.get_social_card(request)
    if page is None or request is None or not hasattr(page, "get_social_image"):
        return None
    shared = page.get_social_image()
    if shared is None:
        return None
    image, alt = shared
    rendition = image.get_rendition(SOCIAL_IMAGE_FILTER)
    return {
        "url": request.build_absolute_uri(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": alt,
    }


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
