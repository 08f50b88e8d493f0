"""Translators work in wagtail-localize, inside their own language, and editors see what is left."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from artisans.models import CooperativePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def debug_on(settings):
    settings.DEBUG = True  # the demo accounts only log in with DEBUG on


def cooperative(code):
    return CooperativePage.objects.get(slug="tissage-ait-bouguemez", locale__language_code=code)


def test_translator_ar_may_edit_arabic_pages_only():
    translator = get_user_model().objects.get(username="translator-ar")
    assert cooperative("ar").permissions_for_user(translator).can_edit()
    assert not cooperative("fr").permissions_for_user(translator).can_edit()
    assert not cooperative("shi").permissions_for_user(translator).can_edit()
    assert not cooperative("en").permissions_for_user(translator).can_edit()


def test_translator_ar_is_refused_the_french_source_in_the_admin(client, debug_on):
    assert client.login(username="translator-ar", password="tawiza-demo")
    assert client.get(f"/admin/pages/{cooperative('ar').pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{cooperative('fr').pk}/edit/").status_code in (302, 403)
    assert client.get(f"/admin/pages/{cooperative('shi').pk}/edit/").status_code in (302, 403)


def test_an_editor_updates_the_arabic_translation_and_the_arabic_page_shows_it(client):
    french = cooperative("fr")
    french.intro = "Trente-cinq tisserandes travaillent désormais à la coopérative."
    french.save_revision().publish()
    source, _created = TranslationSource.update_or_create_from_instance(french)
    arabic_locale = Locale.objects.get(language_code="ar")
    translation = Translation.objects.get(source=source, target_locale=arabic_locale)
    for segment in source.stringsegment_set.select_related("string", "context"):
        if segment.string.data == french.intro:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=arabic_locale,
                context=segment.context,
                defaults={"data": "خمس وثلاثون نساجة يعملن الآن في التعاونية."},
            )
    translation.save_target(publish=True)
    html = client.get("/ar/cooperatives/tissage-ait-bouguemez/").content.decode()
    assert "خمس وثلاثون نساجة يعملن الآن في التعاونية." in html


def _status_cells(html, title):
    row = html.split(f">{title}</a>")[1].split("</tr>")[0]
    return {
        cell.split('data-locale="')[1].split('"')[0]: cell.split(">")[1].split("<")[0]
        for cell in row.split("<td")[1:]
        if "data-locale" in cell
    }


def test_status_overview_shows_an_outdated_translation(client, debug_on):
    assert client.login(username="editor", password="tawiza-demo")
    title = cooperative("fr").title
    before = _status_cells(client.get("/admin/translation-status/").content.decode(), title)
    assert set(before.values()) == {"À jour"}

    french = cooperative("fr")
    french.intro = "Une nouvelle phrase que personne n'a encore traduite."
    french.save_revision().publish()

    html = client.get("/admin/translation-status/").content.decode()
    after = _status_cells(html, title)
    assert after == {"ar": "Périmé", "shi": "Périmé", "en": "Périmé"}


def test_status_overview_lists_untranslated_product_texts(client, debug_on):
    from oscar.core.loading import get_model

    product_text = get_model("catalogue", "ProductText")
    product_text.objects.filter(locale__language_code="shi", product__upc="TWZ-TAP-001").delete()
    assert client.login(username="editor", password="tawiza-demo")
    html = client.get("/admin/translation-status/?status=untranslated").content.decode()
    assert "Tapis à losanges rouge garance" in html


def test_an_editor_translates_a_demo_story_into_arabic_with_wagtail_localize(client):
    from stories.pages import StoryPage

    french = StoryPage.objects.get(locale__language_code="fr", title="Un hiver sur le métier")
    french.summary = "Une nouvelle introduction pour l'hiver sur le métier."
    french.save_revision().publish()
    source, _created = TranslationSource.update_or_create_from_instance(french)
    arabic_locale = Locale.objects.get(language_code="ar")
    translation = Translation.objects.get(source=source, target_locale=arabic_locale)
    segment = source.stringsegment_set.select_related("string", "context").get(
        string__data=french.summary
    )
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=arabic_locale,
        context=segment.context,
        defaults={"data": "مقدمة جديدة لشتاء على المنسج."},
    )
    translation.save_target(publish=True)
    arabic = french.get_translation(arabic_locale)
    assert "مقدمة جديدة لشتاء على المنسج." in client.get(arabic.url).content.decode()
