"""Translators working offline with PO files, and the language trees kept in sync."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation as django_translation
from oscar.core.loading import get_model
from wagtail import hooks
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from artisans.models import ArtisanPage, CooperativePage

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")


@pytest.fixture
def admin_client(client, settings):
    settings.DEBUG = True
    assert client.login(username="admin", password="tawiza-demo")
    return client


def test_a_translator_downloads_and_uploads_a_po_file(admin_client):
    artisan = ArtisanPage.objects.get(slug="fadma-oulhaj", locale__language_code="fr")
    source = TranslationSource.objects.get_for_instance(artisan)
    translation = Translation.objects.get(source=source, target_locale__language_code="en")

    download = admin_client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert download.status_code == 200
    po_text = download.content.decode()
    assert 'msgid "Un tapis raconte l\'hiver où il a été tissé."' in po_text

    edited = po_text.replace(
        'msgstr "A carpet tells the story of the winter it was woven in."',
        'msgstr "A carpet remembers the winter it was woven in."',
    )
    upload = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile("fadma-en.po", edited.encode(), "text/x-gettext-translation")},
    )
    assert upload.status_code == 302
    translation.save_target(publish=True)
    english = artisan.get_translation(Locale.objects.get(language_code="en"))
    assert english.specific.quote == "A carpet remembers the winter it was woven in."


def test_a_new_french_page_appears_in_every_language_marked_untranslated(client, rf):
    cooperative = CooperativePage.objects.get(slug="argan-taytmatine", locale__language_code="fr")
    newcomer = ArtisanPage(title="Zahra Ouchen", slug="zahra-ouchen", village="Tiznit")
    cooperative.add_child(instance=newcomer)
    newcomer.save_revision().publish()
    for create_hook in hooks.get_hooks("after_create_page"):  # as the admin's create view does
        create_hook(rf.post("/admin/"), newcomer)

    for code in ("ar", "shi", "en"):
        alias = newcomer.get_translation(Locale.objects.get(language_code=code))
        assert alias.alias_of_id == newcomer.pk
        response = client.get(f"/{code}/cooperatives/argan-taytmatine/zahra-ouchen/")
        assert response.status_code == 200
        assert 'class="translation-notice"' in response.content.decode()


def test_switching_language_on_a_product_page_stays_on_that_product(client):
    product = Product.objects.get(upc="TWZ-ARG-002")
    with django_translation.override("fr"):
        url = product.get_absolute_url()
    html = client.get(url).content.decode()
    assert f'href="/ar{url[3:]}" hreflang="ar"' in html
    assert f'href="/shi{url[3:]}" hreflang="shi"' in html
