"""The wrong-language checker itself, on good and bad snippets (no database)."""

import pytest

from .wrong_language import foreign_words, wrong_language

TITLE = {"ar": "تاويزا", "shi": "ⵜⴰⵡⵉⵣⴰ", "en": "Tawiza"}


def page(language, body, title=None):
    title = TITLE.get(language, "") if title is None else title
    return (
        f'<!doctype html><html lang="{language}"><head><title>{title}</title></head>'
        f"<body>{body}</body></html>"
    )


def words(html, language):
    return [word for finding in wrong_language(html, language) for word in finding.words]


# Arabic ------------------------------------------------------------------------------------


def test_french_and_english_on_an_arabic_page_are_found():
    html = page("ar", "<h1>سلة التسوق</h1><button>Place order</button><p>retour au panier</p>")
    assert words(html, "ar") == ["Place", "order", "retour", "au", "panier"]


def test_an_arabic_page_may_show_numbers_skus_emails_urls_and_brands():
    html = page(
        "ar",
        "<p>السعر 180.00 د.م.</p><p>TWZ-ARG-001</p><p>contact@tawiza.ma</p>"
        "<p>https://tawiza.ma/ar/</p><p>شارك على WhatsApp أو Facebook</p><p>Tawiza © 2026</p>",
    )
    assert wrong_language(html, "ar") == []


def test_text_marked_in_another_language_is_not_a_mistake():
    html = page(
        "ar",
        '<nav><a lang="fr" href="/fr/">Français</a><a lang="shi" href="/shi/">ⵜⴰⵛⵍⵃⵉⵜ</a>'
        '<a lang="en">English <span>too</span></a></nav>'
        '<p>منتج: <bdi lang="fr">Amlou aux amandes 300 g</bdi> (بالفرنسية)</p>'
        '<address translate="no">12 rue des Orangers, Casablanca</address>',
    )
    assert wrong_language(html, "ar") == []


def test_a_lang_mark_ends_with_its_element():
    html = page("ar", '<p><span lang="fr">Tapis</span> Tapis</p><img src="x.jpg" alt="Un tapis">')
    findings = wrong_language(html, "ar")
    assert [(finding.where, finding.text) for finding in findings] == [
        ("text", "Tapis"),
        ("alt", "Un tapis"),
    ]


def test_a_same_language_mark_is_still_checked():
    html = page("ar", '<p lang="ar">Panier</p>')
    assert words(html, "ar") == ["Panier"]


def test_tifinagh_unmarked_on_an_arabic_page_is_found():
    assert words(page("ar", "<p>مرحبا</p>", title="ⵜⴰⵇⵔⵔⵓⵢⵜ"), "ar") == ["ⵜⴰⵇⵔⵔⵓⵢⵜ"]


@pytest.mark.parametrize(
    ("attribute", "value"),
    [
        ("aria-label", "Fermer le menu"),
        ("title", "Close"),
        ("placeholder", "Rechercher"),
        ("alt", "Tapis berbère"),
    ],
)
def test_attributes_people_hear_or_see_are_read(attribute, value):
    html = page("ar", f'<p>مرحبا</p><input {attribute}="{value}">')
    findings = wrong_language(html, "ar")
    assert [(finding.where, finding.text) for finding in findings] == [(attribute, value)]


def test_screen_reader_text_option_labels_and_button_values_are_read():
    html = page(
        "ar",
        '<span class="visually-hidden">Skip to content</span>'
        '<select><option>Maroc</option><option label="France" value="FR"></option></select>'
        '<input type="submit" value="Continue">',
    )
    assert words(html, "ar") == ["Skip", "to", "content", "Maroc", "France", "Continue"]


def test_scripts_and_styles_are_not_read():
    html = page("ar", "<script>var basket = 'Panier';</script><style>.a{color:red}</style>")
    assert wrong_language(html, "ar") == []


# Tachelhit ---------------------------------------------------------------------------------


def test_a_tachelhit_page_in_tifinagh_is_clean():
    assert wrong_language(page("shi", "<h1>ⵜⴰⵇⵔⵔⵓⵢⵜ</h1><p>180.00 MAD</p>"), "shi") == []


def test_latin_and_arabic_words_on_a_tachelhit_page_are_found():
    html = page("shi", "<p>ⵜⴰⵇⵔⵔⵓⵢⵜ</p><p>1 décembre 2026</p><p>من انت؟</p>")
    assert words(html, "shi") == ["décembre", "من", "انت"]


# English -----------------------------------------------------------------------------------


def test_french_on_an_english_page_is_found():
    html = page(
        "en",
        "<p>Pièces de cet artisan</p><p>Ajouter au panier</p><p>l'argan</p>"
        "<p>Passer la commande</p>",
    )
    assert words(html, "en") == [
        "Pièces",
        "cet",
        "Ajouter",
        "panier",
        "l'argan",
        "Passer",
        "la",
        "commande",
    ]


def test_an_oscar_french_string_is_found_as_a_whole():
    html = page("en", "<p>Mot de passe oublié ?</p>")
    assert wrong_language(html, "en")


def test_names_and_english_loan_words_are_not_french():
    html = page(
        "en",
        "<p>Carpets woven by the women of Aït Bouguemez, with Aïcha Id Brahim in Montréal.</p>"
        "<p>A café in the médina? No: a naïve décor.</p><p>Place order</p>",
    )
    assert words(html, "en") == ["médina"]


def test_arabic_or_tifinagh_unmarked_on_an_english_page_are_found():
    html = page("en", "<p>Argan oil</p><p>زيت</p>", title="ⵜⴰⵇⵔⵔⵓⵢⵜ")
    assert words(html, "en") == ["ⵜⴰⵇⵔⵔⵓⵢⵜ", "زيت"]


def test_foreign_words_keeps_the_words_and_skips_what_has_no_language():
    assert foreign_words("Commande n° 100023 — 2 x Tapis TWZ-TAP-003 (www.tawiza.ma)", "ar") == [
        "Commande",
        "n°",
        "x",
        "Tapis",
    ]


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="fr"):
        wrong_language(page("fr", ""), "fr")


def test_codes_agencies_and_the_brand_have_no_language():
    html = page("shi", "<p>ⴰⵣⵎⵎⴻⵍ (IGP) ⵙⴳ ONSSA · ≈ 17.96 US$ · ⵜⴰⵡⵉⵣⴰ · ⵜ</p><p>RSS · Atom</p>")
    assert wrong_language(html, "shi") == []
    assert words(page("shi", "<p>Igp onssa</p>"), "shi") == ["Igp", "onssa"]


def test_a_short_label_all_in_french_is_found_on_an_english_page():
    html = page("en", "<nav><a>Tapis</a><a>Poterie</a><a>Carpets</a><a>Toggle navigation</a></nav>")
    assert words(html, "en") == ["Tapis", "Poterie"]
    assert words(page("en", "<p>Itto Aït Ouahmane</p>"), "en") == []
