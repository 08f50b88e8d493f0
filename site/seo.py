"""What a page tells search engines and social networks, for content and shop pages alike.

Every public page renders ``includes/head_meta.html`` through the ``{% head_meta %}`` tag
(``templatetags/seo_tags.py``), which asks this module (Wagtail pages) or
``shop/catalogue/seo.py`` (products, categories, the catalogue) for one ``HeadMeta``: a
description that is never empty, a canonical URL, OpenGraph and Twitter card, and the
schema.org JSON-LD. See docs/seo.md.

Every absolute URL is built on the host the visitor asked for (``request.build_absolute_uri``,
checked against ``ALLOWED_HOSTS``), as the sitemap and the hreflang links are: Wagtail's
``Site`` record and Django's ``sites`` framework may name another host (the demo's say
``localhost`` and ``127.0.0.1:8000``), and a canonical URL on another host than the page's
hreflang links makes search engines ignore both.
"""

import json
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language, gettext

# The size of the picture shared on social networks (OpenGraph recommends 1.91:1).
SOCIAL_IMAGE_FILTER = "fill-1200x630-c100|format-jpeg"
SOCIAL_IMAGE_SIZE = (1200, 630)

# Search engines show about 155 characters of a description.
DESCRIPTION_LENGTH = 160

# OpenGraph wants language_TERRITORY. Tachelhit has no code in Facebook's list; its ISO 639
# code with Morocco is what other consumers understand.
OPENGRAPH_LOCALES = {"fr": "fr_FR", "ar": "ar_AR", "shi": "shi_MA", "en": "en_GB"}

# Characters that could end a <script> element or open a comment inside it, escaped the way
# Django's json_script escapes them; JSON parsers read the escapes back as the characters.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}

# Fields a page type may have that say what the page is about, in order of preference
# after the editor's own search description.
_PAGE_DESCRIPTION_FIELDS = ("summary", "intro", "hero_text", "quote", "body")


def site_description():
    """The site's own description, the last resort of every page."""
    return gettext(
        "Carpets, argan oil, pottery and jewellery sold directly by Moroccan artisan cooperatives."
    )


@dataclass
class HeadMeta:
    title: str
    description: str
    canonical: str
    og_type: str = "website"
    # {"url", "width", "height", "alt"} with an absolute URL, or None.
    image: dict | None = None
    # schema.org objects, each rendered in its own <script type="application/ld+json">.
    structured_data: list[dict] = field(default_factory=list)
    # Languages this page exists in besides the current one (og:locale:alternate).
    alternate_languages: list[str] = field(default_factory=list)

    def __post_init__(self):
        self.description = plain_text(self.description) or site_description()

    @property
    def locale(self):
        return opengraph_locale(get_language())

    @property
    def alternate_locales(self):
        return [opengraph_locale(code) for code in self.alternate_languages]

    @property
    def twitter_card(self):
        return "summary_large_image" if self.image else "summary"

    def json_ld(self):
        """Each structured-data object as JSON safe inside a <script> element."""
        return [
            json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
            for data in self.structured_data
        ]


def opengraph_locale(language_code):
    code = (language_code or settings.LANGUAGE_CODE).split("-")[0]
    return OPENGRAPH_LOCALES.get(code, code)


def plain_text(text, length=DESCRIPTION_LENGTH):
    """Rich text or prose as one line of plain text, cut at a word near ``length``."""
    if not text:
        return ""
    flat = re.sub(r"\s+", " ", strip_tags(str(text))).strip()
    return Truncator(flat).chars(length)


def absolute_url(request, url):
    """``url`` on the host the visitor asked for (a URL already absolute is kept)."""
    if not url:
        return ""
    if url.startswith(("http://", "https://")):
        return url
    return request.build_absolute_uri(url)


def page_full_url(page, request):
    """The page's absolute URL on the request's host (see the module's docstring)."""
    return absolute_url(request, page.get_url(request))


def page_translation_urls(page, request):
    """{language code: URL} of the page's live translations, the page itself included.

    Asked by the hreflang links, the language switcher and ``og:locale:alternate`` of one
    response: kept on the request, so it costs one query per page.
    """
    memo = request.__dict__.setdefault("_tawiza_translation_urls", {})
    if page.pk not in memo:
        translations = page.get_translations(inclusive=True).live().select_related("locale")
        memo[page.pk] = {p.locale.language_code: p.get_url(request) for p in translations}
    return memo[page.pk]


def other_languages(codes):
    current = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    known = [code for code, _name in settings.LANGUAGES]
    return [code for code in known if code in codes and code != current]


def page_description(page):
    """The editor's search description, else what the page says about itself, else the site's."""
    if page.search_description:
        return page.search_description
    for name in _PAGE_DESCRIPTION_FIELDS:
        text = plain_text(getattr(page, name, ""))
        if text:
            return text
    return site_description()


def page_image(page, request):
    """The rendition shared on social networks, with its absolute URL, or None.

    A page type takes part by defining ``get_social_image()`` returning a Wagtail image and
    its alternative text, or None; or ``get_social_card(request)`` returning the image's
    url, width, height and alt itself (a campaign's generated card).
    """
    if hasattr(page, "get_social_card"):
        return page.get_social_card(request)
    if not hasattr(page, "get_social_image"):
        return None
    shared = page.get_social_image()
    if shared is None:
        return None
    image, alt = shared
    rendition = image.get_rendition(SOCIAL_IMAGE_FILTER)
    return {
        "url": absolute_url(request, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": alt,
    }


def page_meta(page, request):
    """A Wagtail page's metadata; page types add JSON-LD with ``get_structured_data``."""
    structured = page.get_structured_data(request) if hasattr(page, "get_structured_data") else None
    return HeadMeta(
        title=page.seo_title or page.title,
        description=page_description(page),
        canonical=page_full_url(page, request),
        og_type=getattr(page, "og_type", "website"),
        image=page_image(page, request),
        structured_data=[structured] if structured else [],
        alternate_languages=other_languages(set(page_translation_urls(page, request))),
    )


def view_meta(request, title=None, description=None):
    """Any other public view: its path without the query string as canonical URL."""
    return HeadMeta(
        title=title or settings.WAGTAIL_SITE_NAME,
        description=description or site_description(),
        canonical=absolute_url(request, request.path),
        alternate_languages=other_languages({code for code, _name in settings.LANGUAGES}),
    )
