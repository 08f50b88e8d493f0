"""Staff and cooperative managers edit a product's maker, weight, materials and care in
Oscar's dashboard; a manager only their own cooperative's (shop/dashboard/catalogue)."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from oscar.core.loading import get_model
from wagtail_localize.models import TranslationSource

from tests.shop.product_dashboard import (
    AICHA,
    CREATE_URL,
    ITTO,
    WEAVERS,
    create_form_data,
    edit_form_data,
    french_artisan,
)

Product = get_model("catalogue", "Product")
User = get_user_model()

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def demo_accounts_log_in(settings):
    """The managers are the demo accounts coop-<slug>, which log in only with DEBUG on."""
    settings.DEBUG = True


@pytest.fixture
def weaver(client):
    user = User.objects.get(username=f"coop-{WEAVERS}")
    client.force_login(user)
    return user


@pytest.fixture
def staff(client):
    user = User.objects.get(username="admin")
    client.force_login(user)
    return user


def test_a_manager_sets_maker_weight_materials_and_care_when_adding_a_product(client, weaver):
    itto = french_artisan(ITTO)
    response = client.post(CREATE_URL, create_form_data(client, itto))

    assert response.status_code == 302, response.context["form"].errors
    product = Product.objects.get(upc="TWZ-TEST-CREATE")
    assert product.artisan == itto
    assert str(product.weight) == "0.800"
    assert product.materials == "Laine de mouton"
    assert product.care == "Lavage à la main, à froid."
    # The French text, which wagtail-localize translates, holds the same words.
    french = product.texts.get(locale__language_code="fr")
    assert (french.title, french.materials, french.care) == (
        "Coussin berbère à pompons",
        "Laine de mouton",
        "Lavage à la main, à froid.",
    )


def test_the_maker_choices_are_the_managers_own_artisans(client, weaver):
    choices = client.get(CREATE_URL).context["form"].fields["artisan"].queryset
    assert french_artisan(ITTO) in choices
    assert french_artisan(AICHA) not in choices
    assert all(page.locale.language_code == "fr" for page in choices)


def test_a_manager_cannot_name_another_cooperatives_artisan(client, weaver):
    data = create_form_data(client, french_artisan(AICHA))
    response = client.post(CREATE_URL, data, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 200
    assert (
        "Choose one of your cooperative's artisans." in response.context["form"].errors["artisan"]
    )
    assert not Product.objects.filter(upc="TWZ-TEST-CREATE").exists()


@pytest.mark.parametrize(
    ("weight", "error"),
    [
        ("lourd", "Enter the weight in kilograms as a number, for example 1.25."),
        ("0", "A packed piece weighs more than 0 kg: enter its weight in kilograms."),
        ("-2", "A packed piece weighs more than 0 kg: enter its weight in kilograms."),
        ("123456789", "That weight is too large: enter it in kilograms, for example 1.25."),
        ("1.23456", "Give the weight to the gram at most (three decimals)."),
        ("", "Enter the packed weight in kilograms."),
    ],
)
def test_an_invalid_weight_is_refused_with_a_clear_error_and_nothing_saved(
    client, weaver, weight, error
):
    data = create_form_data(client, french_artisan(ITTO), weight=weight)
    response = client.post(CREATE_URL, data, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 200
    assert response.context["form"].errors["weight"] == [error]
    assert not Product.objects.filter(upc="TWZ-TEST-CREATE").exists()
    # What was typed stays in the form.
    assert response.context["form"]["materials"].value() == "Laine de mouton"


def test_the_weight_error_is_in_the_managers_language(client, weaver):
    data = create_form_data(client, french_artisan(ITTO), weight="lourd")
    response = client.post(CREATE_URL, data, HTTP_ACCEPT_LANGUAGE="ar")
    with translation.override("ar"):
        expected = str(
            translation.gettext("Enter the weight in kilograms as a number, for example 1.25.")
        )
    assert expected != "Enter the weight in kilograms as a number, for example 1.25."
    assert expected in response.content.decode()


def test_a_french_decimal_comma_is_a_weight(client, weaver):
    data = create_form_data(client, french_artisan(ITTO), weight="1,25")
    response = client.post(CREATE_URL, data, HTTP_ACCEPT_LANGUAGE="fr")

    assert response.status_code == 302
    assert str(Product.objects.get(upc="TWZ-TEST-CREATE").weight) == "1.250"


def not_found(response, client):
    """A 404; outside the language prefix LocaleMiddleware first redirects a 404 to /fr/…"""
    if response.status_code == 302 and response["Location"].startswith("/fr/dashboard/"):
        response = client.get(response["Location"])
    return response.status_code == 404


def test_a_manager_cannot_open_or_change_another_cooperatives_product(client, weaver):
    amlou = Product.objects.get(upc="TWZ-ARG-003")
    url = f"/dashboard/catalogue/products/{amlou.pk}/"

    assert not_found(client.get(url), client)
    assert not_found(client.post(url, {"title": "Pris", "materials": "rien"}), client)
    amlou.refresh_from_db()
    assert amlou.title != "Pris"
    assert not_found(client.post(f"/dashboard/catalogue/products/{amlou.pk}/delete/"), client)
    assert Product.objects.filter(pk=amlou.pk).exists()


def test_staff_edit_materials_and_care_and_the_translation_source_follows(client, staff):
    cushion = Product.objects.get(upc="TWZ-TAP-002")
    url = f"/dashboard/catalogue/products/{cushion.pk}/"
    data = edit_form_data(
        client.get(url), materials="Laine et coton", care="Brosser doucement.", weight="1.5"
    )

    response = client.post(url, data)

    assert response.status_code == 302, response.context["form"].errors
    cushion.refresh_from_db()
    assert (cushion.materials, cushion.care, str(cushion.weight)) == (
        "Laine et coton",
        "Brosser doucement.",
        "1.500",
    )
    assert cushion.is_public and cushion.approval_status == "approved"
    french = cushion.texts.get(locale__language_code="fr")
    source, _created = TranslationSource.update_or_create_from_instance(french)
    strings = set(source.stringsegment_set.values_list("string__data", flat=True))
    assert {"Laine et coton", "Brosser doucement."} <= strings


def test_staff_may_name_any_cooperatives_artisan(client, staff):
    aicha = french_artisan(AICHA)
    response = client.post(
        CREATE_URL, create_form_data(client, aicha, upc="TWZ-TEST-STAFF", is_public="on")
    )

    assert response.status_code == 302
    product = Product.objects.get(upc="TWZ-TEST-STAFF")
    assert product.artisan == aicha
    # Staff's products need no approval.
    assert product.is_public and product.approval_status == "approved"
