"""Wagtail's ``Locale`` rows, read once per process instead of once per look-up.

A page view asks for the active or the default locale many times (``localized()``, a
translation's French page, the shop's partner pages...); Wagtail's ``Locale.get_active()``
and ``Locale.get_default()`` send a query each time. Locales are four rows that change only
when a language is added, so they are kept here and forgotten whenever one is saved or
deleted (``TawizaConfig.ready`` connects ``forget``).
"""

from django.conf import settings
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

_by_code: dict[str, Locale] = {}
_codes_by_pk: dict[int, str] = {}


def locale_for(language_code: str) -> Locale:
    """The locale of ``language_code`` (raises ``Locale.DoesNotExist`` when there is none)."""
    code = get_supported_content_language_variant(language_code)
    locale = _by_code.get(code)
    if locale is None:
        locale = _by_code[code] = Locale.objects.get(language_code=code)
    return locale


def active_locale() -> Locale:
    """As ``Locale.get_active()``: the active language's locale, else the default one."""
    try:
        return locale_for(translation.get_language() or settings.LANGUAGE_CODE)
    except (Locale.DoesNotExist, LookupError):
        return default_locale()


def default_locale() -> Locale:
    """As ``Locale.get_default()``."""
    return locale_for(settings.LANGUAGE_CODE)


def forget(**kwargs) -> None:
    _by_code.clear()
    _codes_by_pk.clear()


def translated(obj):
    """As Wagtail's ``obj.localized``, with the active locale read from memory: ``obj``'s
    translation in the active language (a page only when it is live), else ``obj``."""
    locale = active_locale()
    if obj.locale_id == locale.pk:
        return obj
    translation = obj.get_translation_or_none(locale)
    if translation is None or not getattr(translation, "live", True):
        return obj
    return translation


def prime_locale(obj) -> None:
    """Give ``obj`` its locale from memory, so that ``obj.locale`` costs no query (the page
    being served: its templates, head tags and structured data all read it)."""
    if "locale" in obj._state.fields_cache or obj.locale_id is None:
        return
    try:
        obj.locale = locale_for(language_code_of(obj))
    except (Locale.DoesNotExist, LookupError, KeyError):
        return


def language_code_of(obj) -> str:
    """The language code of a translatable object's locale, without fetching the locale row
    (a product's texts are prefetched without their locales: one query less per list)."""
    if "locale" in obj._state.fields_cache:
        return obj.locale.language_code
    code = _codes_by_pk.get(obj.locale_id)
    if code is None:
        _codes_by_pk.update(Locale.objects.values_list("pk", "language_code"))
        code = _codes_by_pk[obj.locale_id]
    return code
