"""Template helpers for language alternates: hreflang links and the language switcher."""

from django import template
from django.conf import settings
from django.conf.locale import LANG_INFO
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.translation import get_language
from wagtail.models import Page

from tawiza import locales
from tawiza.seo import page_translation_urls

register = template.Library()


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """One entry per language: code, name in its own script, URL, and whether it is translated.

    On a Wagtail page the URL is the page's translation (which may have another slug); on
    every other view it is the same path under the other language prefix.
    """
    request = context.get("request")
    page = context.get("page") or context.get("self")
    current = get_language()
    entries = []
    if isinstance(page, Page) and request is not None:
        urls = page_translation_urls(page, request)
        # Not translated yet: link to the French page, which announces the fallback.
        fallback = urls.get(settings.LANGUAGE_CODE) or page.get_url(request)
        for code, _name in settings.LANGUAGES:
            entries.append(
                {"code": code, "url": urls.get(code) or fallback, "translated": code in urls}
            )
    else:
        path = request.get_full_path() if request is not None else "/"
        for code, _name in settings.LANGUAGES:
            entries.append({"code": code, "url": translate_url(path, code), "translated": True})
    for entry in entries:
        info = LANG_INFO.get(entry["code"], {})
        entry["name_local"] = info.get("name_local", entry["code"])
        entry["bidi"] = info.get("bidi", False)
        entry["current"] = entry["code"] == current
    return entries


@register.simple_tag
def default_locale():
    return locales.default_locale()


@register.filter
def isolate(text):
    """Wrap text of unknown direction in <bdi>, so a French product name inside an Arabic
    sentence (or the reverse) keeps its own direction and does not reorder the sentence."""
    return format_html("<bdi>{}</bdi>", text)
