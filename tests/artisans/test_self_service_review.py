"""The cooperative's manager checks what its artisans sent: publish or send back a profile,
pass a product on to staff or send it back; only their own cooperative's
(artisans/review/, docs/self-service.md)."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from oscar.core.loading import get_model

from artisans.models import ProfileChange
from shop.catalogue import approval
from shop.catalogue.models import ApprovalStatus

from .self_service_helpers import ARGAN, WEAVERS, artisan_account, french_artisan
from .test_self_service import product_data

pytestmark = pytest.mark.django_db
User = get_user_model()
Product = get_model("catalogue", "Product")
REVIEW = "/dashboard/makers/"


@pytest.fixture(autouse=True)
def demo_accounts_sign_in(settings):
    settings.DEBUG = True


@pytest.fixture
def sent(client):
    """Aïcha (argan) sent a profile change and a product, in Arabic."""
    aicha = artisan_account("aicha", "aicha-id-brahim")
    client.force_login(aicha)
    client.post("/ar/makers/me/profile/", {"title": "عائشة", "village": "تايتماتين"})
    client.post("/ar/makers/me/products/add/", product_data())
    client.logout()
    return {
        "artisan": aicha,
        "change": ProfileChange.objects.get(status=ProfileChange.Status.WAITING),
        "product": Product.objects.get(title="Huile d'argan de ma famille"),
    }


def manager_of(client, cooperative):
    user = User.objects.get(username=f"coop-{cooperative}")
    client.force_login(user)
    return user


def test_the_manager_sees_their_artisans_changes(client, sent):
    manager_of(client, ARGAN)
    response = client.get(REVIEW)
    page = response.content.decode()
    assert response.status_code == 200
    assert "تايتماتين" in page and "Huile d&#x27;argan de ma famille" in page


def test_another_cooperatives_manager_sees_none_and_cannot_decide(client, sent):
    manager_of(client, WEAVERS)
    page = client.get(REVIEW).content.decode()
    assert "تايتماتين" not in page and "Huile d&#x27;argan" not in page
    product, change = sent["product"], sent["change"]
    # Outside the language prefixes, Django's LocaleMiddleware answers a 404 with a redirect
    # to the same path under /fr/, which is a 404 too.
    response = client.post(
        f"{REVIEW}products/{product.pk}/",
        {f"product-{product.pk}-decision": "approve"},
        follow=True,
    )
    assert response.status_code == 404
    response = client.post(
        f"{REVIEW}profiles/{change.pk}/",
        {f"profile-{change.pk}-decision": "approve"},
        follow=True,
    )
    assert response.status_code == 404
    sent["product"].refresh_from_db()
    assert sent["product"].approval_status == ApprovalStatus.AWAITING_COOPERATIVE


def test_an_artisan_or_a_buyer_cannot_open_the_review(client, sent):
    client.force_login(sent["artisan"])
    assert client.get(REVIEW).status_code == 403


def test_publishing_a_profile_change_makes_it_live_and_mails_the_artisan(
    client, sent, django_capture_on_commit_callbacks
):
    manager_of(client, ARGAN)
    mail.outbox.clear()
    change = sent["change"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"{REVIEW}profiles/{change.pk}/", {f"profile-{change.pk}-decision": "approve"}
        )
    assert response.status_code == 302
    change.refresh_from_db()
    assert change.status == ProfileChange.Status.PUBLISHED
    page = change.page.specific
    page.refresh_from_db()
    assert page.live and page.village == "تايتماتين"
    message = mail.outbox[-1]
    assert message.to == [sent["artisan"].email]
    assert message.subject == "ملفك منشور"


def test_sending_a_profile_back_needs_a_reason_and_tells_the_artisan(
    client, sent, django_capture_on_commit_callbacks
):
    manager_of(client, ARGAN)
    change = sent["change"]
    url = f"{REVIEW}profiles/{change.pk}/"
    response = client.post(url, {f"profile-{change.pk}-decision": "send_back"})
    assert response.status_code == 200
    assert "Dites ce qu’il faut changer" in response.content.decode()
    change.refresh_from_db()
    assert change.status == ProfileChange.Status.WAITING
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            url,
            {
                f"profile-{change.pk}-decision": "send_back",
                f"profile-{change.pk}-reason": "Une photo de vous, pas du paysage.",
            },
        )
    change.refresh_from_db()
    assert change.status == ProfileChange.Status.SENT_BACK
    assert "Une photo de vous, pas du paysage." in mail.outbox[-1].body
    assert "/ar/makers/me/profile/" in mail.outbox[-1].body
    client.force_login(sent["artisan"])
    assert "Une photo de vous" in client.get("/ar/makers/me/").content.decode()


def test_a_product_the_manager_approves_goes_on_to_staff_and_stays_hidden(client, sent):
    manager_of(client, ARGAN)
    product = sent["product"]
    client.post(f"{REVIEW}products/{product.pk}/", {f"product-{product.pk}-decision": "approve"})
    product.refresh_from_db()
    assert product.approval_status == ApprovalStatus.PENDING and not product.is_public
    assert product in approval.awaiting_approval()
    approval.approve(product, User.objects.get(username="admin"))
    product.refresh_from_db()
    assert product.is_public


def test_staff_at_the_cooperative_step_approve_outright(client, sent):
    admin = User.objects.get(username="admin")
    client.force_login(admin)
    product = sent["product"]
    client.post(f"{REVIEW}products/{product.pk}/", {f"product-{product.pk}-decision": "approve"})
    product.refresh_from_db()
    assert product.approval_status == ApprovalStatus.APPROVED and product.is_public


def test_a_product_sent_back_is_mailed_to_the_artisan_with_the_reason(
    client, sent, django_capture_on_commit_callbacks
):
    manager_of(client, ARGAN)
    product = sent["product"]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"{REVIEW}products/{product.pk}/",
            {
                f"product-{product.pk}-decision": "send_back",
                f"product-{product.pk}-reason": "Le prix est trop bas pour 250 ml.",
            },
        )
    product.refresh_from_db()
    assert product.approval_status == ApprovalStatus.REJECTED
    assert mail.outbox[-1].to == [sent["artisan"].email]
    assert "Le prix est trop bas pour 250 ml." in mail.outbox[-1].body
    assert french_artisan("aicha-id-brahim").pk == product.artisan_id
