"""The footer earns trust: contact, delivery and returns, payment, legal notice, in the
buyer's language, edited by staff in Wagtail (site/models.py: SiteFooter)."""

import pytest
from django.utils.html import escape
from wagtail.models import Locale

from tawiza.demo.footer import TEXTS
from tawiza.models import SiteFooter

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["fr", "ar", "shi", "en"])
@pytest.mark.parametrize("path", ["", "shop/", "shop/basket/"])
def test_every_page_shows_the_footer_in_its_language(client, forget_footer_cache, language, path):
    html = client.get(f"/{language}/{path}").content.decode()
    footer = html[html.index('<footer class="site-footer">') :]
    for field in ("delivery_and_returns", "payment_methods", "legal_notice"):
        assert escape(TEXTS[field][language]) in footer
    assert "mailto:" in footer and "tel:" in footer


def test_staff_edit_the_footer_and_buyers_see_it(
    client, communications_editor, forget_footer_cache
):
    footer = SiteFooter.objects.get(locale=Locale.objects.get(language_code="fr"))
    assert escape(TEXTS["payment_methods"]["fr"]) in client.get("/fr/shop/").content.decode()

    client.force_login(communications_editor)
    edit_url = f"/admin/snippets/tawiza/sitefooter/edit/{footer.pk}/"
    assert client.get(edit_url).status_code == 200
    new_payment = "Paiement à la livraison ou par virement ; paiement par carte bientôt."
    response = client.post(
        edit_url,
        {
            "contact_email": footer.contact_email,
            "contact_phone": footer.contact_phone,
            "contact_hours": footer.contact_hours,
            "contact_address": footer.contact_address,
            "delivery_and_returns": footer.delivery_and_returns,
            "payment_methods": new_payment,
            "legal_notice": footer.legal_notice,
        },
    )
    assert response.status_code == 302
    client.logout()
    for path in ("/fr/", "/fr/shop/"):
        assert escape(new_payment) in client.get(path).content.decode()


def test_a_language_without_its_own_footer_shows_the_french_one_marked_as_french(
    client, forget_footer_cache
):
    SiteFooter.objects.filter(locale__language_code="en").delete()
    html = client.get("/en/shop/").content.decode()
    footer = html[html.index('<footer class="site-footer">') :]
    assert escape(TEXTS["legal_notice"]["fr"]) in footer
    assert 'lang="fr"' in footer


def test_a_bad_edit_is_refused_with_a_message_and_keeps_the_footer(
    client, communications_editor, forget_footer_cache
):
    footer = SiteFooter.objects.get(locale__language_code="fr")
    client.force_login(communications_editor)
    response = client.post(
        f"/admin/snippets/tawiza/sitefooter/edit/{footer.pk}/",
        {"contact_email": "not an address", "payment_methods": "x"},
    )
    assert response.status_code == 200
    assert "contact_email" in response.context["form"].errors
    footer.refresh_from_db()
    assert footer.payment_methods == TEXTS["payment_methods"]["fr"]
