"""An artisan runs their own profile and products from a phone, in their language, and
everything they send waits for their cooperative (docs/self-service.md)."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from oscar.core.loading import get_model
from wagtail.models import Locale

from artisans.models import ArtisanPage, FormToken, ProfileChange
from shop.catalogue import approval
from shop.catalogue.models import ApprovalStatus

from .self_service_helpers import (
    ARGAN,
    PASSWORD,
    artisan_account,
    french_artisan,
    phone_jpeg,
)

pytestmark = pytest.mark.django_db
User = get_user_model()
Product = get_model("catalogue", "Product")
Partner = get_model("partner", "Partner")

SELF_SERVICE_GETS = [
    "/fr/makers/me/",
    "/fr/makers/me/profile/",
    "/fr/makers/me/products/",
    "/fr/makers/me/products/add/",
]


@pytest.fixture
def aicha(client):
    user = artisan_account("aicha", "aicha-id-brahim")
    client.force_login(user)
    return user


@pytest.fixture
def manager(settings):
    settings.DEBUG = True  # the demo managers sign in only with DEBUG on
    return User.objects.get(username=f"coop-{ARGAN}")


def product_data(**overrides):
    from oscar.core.loading import get_model

    product_class = get_model("catalogue", "ProductClass").objects.get(
        slug="alimentation-et-cosmetiques"
    )
    data = {
        "form_token": "token-aicha-0001",
        "title": "Huile d'argan de ma famille",
        "product_class": product_class.pk,
        "description": "Pressée à la main, 250 ml.",
        "price": "180",
        "num_in_stock": "6",
        "weight": "0,4",
    }
    data.update(overrides)
    return data


def add_product(client, **overrides):
    return client.post("/fr/makers/me/products/add/", product_data(**overrides))


# Who may come in ---------------------------------------------------------------------------


@pytest.mark.parametrize("url", SELF_SERVICE_GETS)
def test_a_visitor_is_asked_to_sign_in(client, url):
    response = client.get(url)
    assert response.status_code == 302 and "login" in response["Location"]


@pytest.mark.parametrize("url", SELF_SERVICE_GETS)
def test_an_account_without_an_artisan_profile_is_told_these_pages_are_for_artisans(client, url):
    client.force_login(User.objects.create_user("acheteuse", "a@example.com", "x-pass-9"))
    response = client.get(url)
    assert response.status_code == 403
    assert "Ces pages sont pour les artisans" in response.content.decode()
    assert client.post(url, product_data()).status_code == 403
    assert not Product.objects.filter(title="Huile d'argan de ma famille").exists()


def test_an_artisan_signs_in_with_the_name_chosen_on_joining_not_an_email(client):
    user = artisan_account("0612345678", "aicha-id-brahim", email="")
    response = client.get("/ar/makers/me/")
    assert response["Location"] == "/ar/makers/login/?next=/ar/makers/me/"
    response = client.post(
        "/ar/makers/login/?next=/ar/makers/me/",
        {"username": "0612345678", "password": PASSWORD, "next": "/ar/makers/me/"},
    )
    assert response.status_code == 302 and response["Location"] == "/ar/makers/me/"
    assert client.get("/ar/makers/me/").context["user"] == user


def test_a_wrong_password_is_a_clear_error(client):
    artisan_account("0612345678", "aicha-id-brahim")
    response = client.post("/fr/makers/login/", {"username": "0612345678", "password": "non"})
    assert response.status_code == 200
    assert "ne correspondent pas" in response.content.decode()


def test_a_cooperative_manager_without_a_profile_is_not_an_artisan(client, manager):
    client.force_login(manager)
    assert client.get("/fr/makers/me/").status_code == 403


# Home ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["fr", "ar", "shi", "en"])
def test_the_home_offers_big_labelled_tiles_in_the_artisans_language(client, aicha, language):
    response = client.get(f"/{language}/makers/me/")
    page = response.content.decode()
    assert response.status_code == 200
    assert f'lang="{language}"' in page
    assert page.count('<a class="maker-tile') == 5
    assert page.count('<svg class="maker-icon"') >= 5
    for tile in ("profile/", "products/", "products/add/", "orders/", "questions/"):
        assert f'href="/{language}/makers/me/{tile}"' in page


def test_the_home_lists_what_waits_for_review(client, aicha):
    add_product(client)
    page = client.get("/fr/makers/me/").content.decode()
    assert "Huile d&#x27;argan de ma famille" in page
    assert "en attente de vérification" in page


# Profile -------------------------------------------------------------------------------------


def test_saving_the_profile_makes_a_revision_for_the_cooperative_not_a_published_page(
    client, aicha
):
    page = french_artisan("aicha-id-brahim")
    live_title = page.title
    response = client.post(
        "/fr/makers/me/profile/",
        {
            "title": "Aïcha Id Brahim",
            "village": "Taytmatine",
            "quote": "L'arganier est ma maison.",
            "story": "Je casse les noix depuis l'enfance.\n\nMa fille m'aide le samedi.",
        },
    )
    assert response.status_code == 302 and response["Location"] == "/fr/makers/me/"
    page.refresh_from_db()
    assert page.title == live_title  # buyers still see the published page
    change = ProfileChange.objects.get(page=page, status=ProfileChange.Status.WAITING)
    proposed = change.revision.as_object()
    assert proposed.title == "Aïcha Id Brahim" and proposed.quote == "L'arganier est ma maison."
    paragraphs = [block.value.source for block in proposed.story if block.block_type == "paragraph"]
    assert paragraphs == [
        "<p>Je casse les noix depuis l&#x27;enfance.</p>",
        "<p>Ma fille m&#x27;aide le samedi.</p>",
    ]
    assert change.revision.user == aicha


def test_saving_again_replaces_the_waiting_change(client, aicha):
    for title in ("Aïcha I.", "Aïcha Id Brahim"):
        client.post("/fr/makers/me/profile/", {"title": title, "story": ""})
    change = ProfileChange.objects.get(status=ProfileChange.Status.WAITING)
    assert change.revision.as_object().title == "Aïcha Id Brahim"


def test_an_arabic_speaking_artisan_edits_the_arabic_page(client, aicha):
    arabic = french_artisan("aicha-id-brahim").get_translation_or_none(
        Locale.objects.get(language_code="ar")
    )
    assert arabic is not None, "the demo translates artisan pages into Arabic"
    client.post("/ar/makers/me/profile/", {"title": "عائشة إد براهيم", "village": "تايتماتين"})
    change = ProfileChange.objects.get(status=ProfileChange.Status.WAITING)
    assert change.page_id == arabic.pk
    assert change.revision.as_object().village == "تايتماتين"


def test_a_portrait_from_the_phone_is_stored_upright(client, aicha):
    client.post(
        "/fr/makers/me/profile/",
        {"title": "Aïcha", "portrait": phone_jpeg(400, 300, orientation=6)},
    )
    proposed = ProfileChange.objects.get().revision.as_object()
    assert (proposed.portrait.width, proposed.portrait.height) == (300, 400)


def test_a_portrait_that_is_not_a_photo_keeps_the_typed_words(client, aicha):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client.post(
        "/fr/makers/me/profile/",
        {
            "title": "Aïcha",
            "village": "Taytmatine",
            "portrait": SimpleUploadedFile("a.jpg", b"not a photo", content_type="image/jpeg"),
        },
    )
    assert response.status_code == 200
    assert "Ce fichier n’est pas une photo" in response.content.decode()
    assert response.context["form"]["village"].value() == "Taytmatine"
    assert not ProfileChange.objects.exists()


# Products ------------------------------------------------------------------------------------


def test_an_artisan_adds_a_product_that_waits_for_the_cooperative(client, aicha):
    response = add_product(client, photo_1=phone_jpeg(400, 300, orientation=6))
    assert response.status_code == 302 and response["Location"] == "/fr/makers/me/products/"
    product = Product.objects.get(title="Huile d'argan de ma famille")
    assert product.approval_status == ApprovalStatus.AWAITING_COOPERATIVE
    assert not product.is_public
    assert product.artisan == french_artisan("aicha-id-brahim")
    assert product.submitted_by == aicha
    assert str(product.weight) == "0.400"
    record = product.stockrecords.get()
    assert record.partner == Partner.objects.get(code=ARGAN)
    assert (str(record.price), record.num_in_stock) == ("180.00", 6)
    image = product.images.get()
    assert (image.original.width, image.original.height) == (300, 400)
    listing = client.get("/fr/makers/me/products/").content.decode()
    assert "en attente de vérification" in listing
    client.logout()
    assert client.get(product.get_absolute_url()).status_code == 404  # not public


def test_the_same_form_sent_twice_makes_one_product(client, aicha):
    first = add_product(client)
    again = add_product(client)
    assert Product.objects.filter(title="Huile d'argan de ma famille").count() == 1
    product = Product.objects.get(title="Huile d'argan de ma famille")
    assert first.status_code == 302
    assert again["Location"] == f"/fr/makers/me/products/{product.pk}/"
    assert FormToken.objects.get(token="token-aicha-0001").product == product


def test_a_new_form_gets_a_new_token(client, aicha):
    first = client.get("/fr/makers/me/products/add/").context["form"]["form_token"].value()
    second = client.get("/fr/makers/me/products/add/").context["form"]["form_token"].value()
    assert first and second and first != second


def test_a_file_that_is_not_a_photo_is_refused_and_nothing_typed_is_lost(client, aicha):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = add_product(
        client,
        photo_1=phone_jpeg(),
        photo_2=SimpleUploadedFile("facture.pdf", b"%PDF-1.4", content_type="application/pdf"),
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Ce fichier n’est pas une photo" in page
    form = response.context["form"]
    assert form["title"].value() == "Huile d'argan de ma famille"
    assert form["price"].value() == "180" and form["form_token"].value() == "token-aicha-0001"
    assert not Product.objects.filter(title="Huile d'argan de ma famille").exists()
    assert not FormToken.objects.exists()
    # Corrected, the same form goes through once.
    assert add_product(client, photo_1=phone_jpeg()).status_code == 302
    assert Product.objects.filter(title="Huile d'argan de ma famille").count() == 1


def test_bad_numbers_get_translated_errors(client, aicha):
    response = add_product(client, price="beaucoup", weight="0")
    form = response.context["form"]
    assert form.errors["price"] == ["Saisissez le prix en chiffres, par exemple 250."]
    assert "0 kg" in form.errors["weight"][0]


def test_a_sent_back_product_goes_back_to_the_cooperative_when_corrected(client, aicha, manager):
    add_product(client)
    product = Product.objects.get(title="Huile d'argan de ma famille")
    approval.cooperative_send_back(product, manager, "Ajoutez une photo du flacon.")
    page = client.get(f"/fr/makers/me/products/{product.pk}/").content.decode()
    assert "Ajoutez une photo du flacon." in page
    response = client.post(
        f"/fr/makers/me/products/{product.pk}/",
        product_data(form_token="token-2", photo_1=phone_jpeg(), description="Avec photo."),
    )
    assert response.status_code == 302
    product.refresh_from_db()
    assert product.approval_status == ApprovalStatus.AWAITING_COOPERATIVE
    assert product.description == "Avec photo." and product.images.count() == 1


def test_a_product_on_sale_lets_the_artisan_change_only_its_stock(client, aicha, manager):
    add_product(client)
    product = Product.objects.get(title="Huile d'argan de ma famille")
    approval.approve(product, User.objects.get(username="admin"))
    response = client.post(
        f"/fr/makers/me/products/{product.pk}/",
        {**product_data(title="Autre titre"), "num_in_stock": "2"},
    )
    assert response.status_code == 302
    product.refresh_from_db()
    assert product.title == "Huile d'argan de ma famille" and product.is_public
    assert product.stockrecords.get().num_in_stock == 2


# Isolation -----------------------------------------------------------------------------------


@pytest.fixture
def minas_product(client):
    mina = artisan_account("mina", "mina-ait-lahcen")
    client.force_login(mina)
    add_product(client, form_token="token-mina", title="Amlou de Mina")
    return Product.objects.get(title="Amlou de Mina")


@pytest.fixture
def weavers_product(client):
    itto = artisan_account("itto", "itto-ait-ouahmane")
    client.force_login(itto)
    add_product(client, form_token="token-itto", title="Coussin d'Itto")
    return Product.objects.get(title="Coussin d'Itto")


@pytest.mark.parametrize("other", ["minas_product", "weavers_product"])
def test_an_artisan_cannot_see_or_edit_another_artisans_product(client, request, other):
    product = request.getfixturevalue(other)
    client.force_login(artisan_account("aicha", "aicha-id-brahim"))
    url = f"/fr/makers/me/products/{product.pk}/"
    assert client.get(url).status_code == 404
    assert client.post(url, product_data(title="Volé")).status_code == 404
    product.refresh_from_db()
    assert product.title != "Volé"
    assert product.title not in client.get("/fr/makers/me/products/").content.decode()
    assert product.title not in client.get("/fr/makers/me/").content.decode()


def test_an_artisan_edits_only_their_own_profile(client, aicha):
    client.post("/fr/makers/me/profile/", {"title": "Aïcha"})
    change = ProfileChange.objects.get()
    assert change.page.translation_key == french_artisan("aicha-id-brahim").translation_key
    assert not ProfileChange.objects.exclude(page__account=aicha).exists()


def test_a_product_made_by_the_cooperative_without_the_artisan_is_not_theirs(client, aicha):
    cooperative_product = (
        Product.objects.filter(artisan__isnull=False)
        .exclude(artisan=french_artisan("aicha-id-brahim"))
        .first()
    )
    assert client.get(f"/fr/makers/me/products/{cooperative_product.pk}/").status_code == 404


def test_the_artisans_decision_mail_is_in_the_language_they_use(
    client, aicha, manager, django_capture_on_commit_callbacks
):
    client.post("/ar/makers/me/products/add/", product_data())
    product = Product.objects.get(title="Huile d'argan de ma famille")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        approval.cooperative_send_back(product, manager, "صورة أوضح من فضلك")
    message = mail.outbox[-1]
    assert message.to == [aicha.email]
    assert "صورة أوضح من فضلك" in message.body
    assert f"/ar/makers/me/products/{product.pk}/" in message.body
    assert ArtisanPage.objects.filter(account=aicha).exists()
