"""Each catalogue entry says what its msgid says.

An old merge had shifted msgstrs onto their neighbours' msgids ("alternative text" read
"index des coopératives" in French), so the catalogues were complete yet wrong. The first
test pins entries that were wrong; the second checks every entry keeps its placeholders,
which a shifted msgstr usually loses or swaps.
"""

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.utils import translation

LANGUAGES = ["fr", "ar", "shi", "en"]
LOCALE_DIR = Path(settings.BASE_DIR) / "locale"

# "%%" is a literal percent sign, not a placeholder: it is removed before matching.
PLACEHOLDER = re.compile(r"%\(\w+\)[sdf]|%[sdf]|\{\w*\}")


@pytest.mark.parametrize(
    ("language", "msgid", "translated"),
    [
        ("fr", "alternative text", "texte alternatif"),
        ("fr", "gallery image", "image de la galerie"),
        ("fr", "Title, SKU or cooperative", "Titre, référence ou coopérative"),
        ("fr", "postal address", "adresse postale"),
        ("fr", "Featured artisans", "Artisans à la une"),
        ("ar", "alternative text", "النص البديل"),
        ("ar", "Location", "الموقع"),
        ("ar", "Featured products", "منتجات مختارة"),
        ("shi", "alternative text", "ⴰⴹⵕⵉⵚ ⴰⵎⵙⵏⴼⵍ"),
        ("shi", "regions", "ⵜⵉⵎⵏⴰⴹⵉⵏ"),
        ("shi", "Search term", "ⴰⵡⴰⵍⵏ ⵏ ⵓⵔⵣⵣⵓ"),
        ("en", "alternative text", "alternative text"),
        ("en", "gallery images", "gallery images"),
        ("en", "start date", "start date"),
    ],
)
def test_a_previously_shifted_entry_translates_its_own_msgid(language, msgid, translated):
    with translation.override(language):
        assert translation.gettext(msgid) == translated


def test_the_basket_message_is_in_arabic_not_english():
    msgid = "\n    <strong>%(title)s</strong> has been added to your basket.\n    "
    with translation.override("ar"):
        message = translation.gettext(msgid) % {"title": "زربية"}
    assert "إلى سلتكم" in message
    assert "basket" not in message


def _placeholders(text):
    return sorted(PLACEHOLDER.findall(text.replace("%%", "")))


def _entries(language):
    with (LOCALE_DIR / language / "LC_MESSAGES" / "django.po").open("rb") as po_file:
        catalog = read_po(po_file, locale=None)
    return [message for message in catalog if message.id and not message.fuzzy]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_keeps_the_placeholders_of_its_msgid(language):
    wrong = []
    for message in _entries(language):
        if isinstance(message.id, tuple):
            # A plural form may leave a count out ("one result"), never bring in a new name.
            allowed = set(_placeholders(" ".join(message.id)))
            wrong += [
                (message.id[0], form)
                for form in message.string
                if form and not set(_placeholders(form)) <= allowed
            ]
        elif message.string and _placeholders(message.string) != _placeholders(message.id):
            wrong.append((message.id, message.string))
    assert wrong == []
