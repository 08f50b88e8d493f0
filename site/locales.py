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
