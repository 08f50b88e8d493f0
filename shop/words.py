"""The buyer's words for what Oscar writes in a single language (docs/languages.md).

Oscar stores some names once, in one language, and shows them as stored: a country's
``printable_name`` (our rows are in French), a product's ``__str__`` (the basket line's
description), a wish list's ``__str__`` (English, with the owner's username). These helpers
give the name in the active language instead; ``install()`` (called once, from the
catalogue app's ``ready``) points Oscar's display methods at them, so every template that
shows these objects, ours or Oscar's, follows the buyer's language without a template edit.

Country names come from CLDR through Babel: Arabic for ``ar``, English for ``en``, and for
``shi`` CLDR's Tachelhit in Tifinagh ("ⵍⵎⵖⵔⵉⴱ", "ⴼⵔⴰⵏⵙⴰ"), which is what a reader of our
Tifinagh interface expects; a country CLDR does not name in a language keeps its stored name.
"""

from functools import cache

from babel import Locale, UnknownLocaleError
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext as _


def active_language(language_code=None):
    return (language_code or get_language() or settings.LANGUAGE_CODE).split("-")[0]


@cache
def _territories(language_code):
    try:
        return dict(Locale.parse(language_code).territories)
    except (UnknownLocaleError, ValueError):
        return {}


def country_name(country, language_code=None) -> str:
    """The country's name in the buyer's language (CLDR), else its stored name."""
    code = (country.iso_3166_1_a2 or "").upper()
    name = _territories(active_language(language_code)).get(code)
    return name or country.printable_name or country.name


def wishlist_name(wishlist) -> str:
    """A wish list's heading: its own name, in the interface's words (not Oscar's English
    "<username>'s Wish List '<name>'", which also shows the owner's username to anyone
    holding a shared link)."""
    return _("Wish list “%(name)s”") % {"name": wishlist.name}


def install():
    """Point Oscar's display methods at the helpers above (idempotent)."""
    from oscar.apps.address.abstract_models import AbstractAddress, AbstractCountry
    from oscar.apps.wishlists.abstract_models import AbstractWishList

    if getattr(AbstractCountry, "_tawiza_words", False):
        return
    AbstractCountry.__str__ = lambda self: country_name(self)
    AbstractCountry._tawiza_words = True

    # Only what is shown: the address's hash (which spots a buyer's duplicate addresses) keeps
    # the stored name, so it does not change with the language.
    oscar_active_address_fields = AbstractAddress.active_address_fields

    def active_address_fields(self):
        values = oscar_active_address_fields(self)
        if self.country_id:
            stored, shown = self.country.printable_name, country_name(self.country)
            values = [shown if value == stored else value for value in values]
        return values

    AbstractAddress.active_address_fields = active_address_fields
    AbstractWishList.__str__ = wishlist_name
