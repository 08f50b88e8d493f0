"""A product a cooperative manager adds stays hidden from buyers until staff approve it
(shop/catalogue/approval.py, docs/product-approval.md)."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.utils import translation
from oscar.core.loading import get_class, get_model
from wagtail.users.models import UserProfile

from shop.catalogue import approval
from shop.catalogue.models import ApprovalStatus
from tests.search.helpers import refresh_search_index
from tests.shop.product_dashboard import (
    CREATE_URL,
    ITTO,
    WEAVERS,
    create_form_data,
    edit_form_data,
    french_artisan,
)
from tests.sitemaps import sitemap_text

Product = get_model("catalogue", "Product")
User = get_user_model()

pytestmark = pytest.mark.django_db

APPROVAL_LIST = "/dashboard/catalogue/products/awaiting-approval/"
WORD = "Zellijoumbrelle"  # in no demo text: only this product matches it


@pytest.fixture(autouse=True)
def demo_accounts_log_in(settings):
    settings.DEBUG = True


@pytest.fixture
def weaver():
    manager = User.objects.get(username=f"coop-{WEAVERS}")
    manager.email = "itto.coop@example.com"
    manager.save()
    profile = UserProfile.get_for_user(manager)
    profile.preferred_language = "ar"
    profile.save()
    return manager


@pytest.fixture
def staff():
    return User.objects.get(username="admin")


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def submitted(weaver):
    """A product the weavers' manager added through the dashboard form."""
    client = signed_in(weaver)
    data = create_form_data(client, french_artisan(ITTO), title=f"Coussin {WORD}", upc="TWZ-APPR")
    response = client.post(CREATE_URL, data)
    assert response.status_code == 302
    refresh_search_index()
    return Product.objects.get(upc="TWZ-APPR")


def seen_by_buyers(product):
    """Where a buyer could meet the product: (catalogue, product page, search, sitemap, artisan)."""
    buyer = Client()
    cache.clear()  # the sitemap is cached for a quarter of an hour
    title = product.get_title()
    with translation.override("fr"):
        artisan_url = product.artisan.get_url()
    return {
        "catalogue": title in buyer.get("/fr/shop/").content.decode(),
        "product page": buyer.get(product.get_absolute_url()).status_code == 200,
        "search": title in buyer.get("/fr/search/", {"q": WORD}).content.decode(),
        "sitemap": product.get_absolute_url() in sitemap_text(buyer),
        "artisan page": title in buyer.get(artisan_url).content.decode(),
    }


def test_a_managers_new_product_is_hidden_from_buyers_until_approved(submitted, staff):
    assert submitted.approval_status == "pending"
    assert not submitted.is_public
    assert not any(seen_by_buyers(submitted).values()), seen_by_buyers(submitted)

    response = signed_in(staff).post(
        f"/dashboard/catalogue/products/{submitted.pk}/approval/",
        {f"product-{submitted.pk}-decision": "approve"},
    )

    assert response.status_code == 302
    submitted.refresh_from_db()
    assert (submitted.approval_status, submitted.approval_decided_by) == ("approved", staff)
    assert submitted.approval_decided_at is not None
    refresh_search_index()
    seen = seen_by_buyers(submitted)
    assert seen["catalogue"] and seen["product page"] and seen["search"] and seen["artisan page"]


def test_its_managers_and_staff_preview_it_but_another_cooperative_cannot(submitted, staff):
    url = submitted.get_absolute_url()
    assert signed_in(submitted.submitted_by).get(url).status_code == 200
    assert signed_in(staff).get(url).status_code == 200
    argan_manager = User.objects.get(username="coop-argan-taytmatine")
    assert signed_in(argan_manager).get(url).status_code == 404


def test_its_manager_sees_it_awaiting_approval_in_the_product_list(submitted):
    response = signed_in(submitted.submitted_by).get("/dashboard/catalogue/")

    assert submitted in [row.record for row in response.context["products"].rows]
    # The manager reads the dashboard in Arabic, their preferred language.
    with translation.override("ar"):
        label = str(ApprovalStatus.PENDING.label)
    assert label != "Awaiting approval"
    assert label in response.content.decode()


def test_staff_see_it_in_the_list_of_products_awaiting_approval(submitted, staff):
    response = signed_in(staff).get(APPROVAL_LIST)

    assert response.status_code == 200
    assert f"Coussin {WORD}" in response.content.decode()
    assert [product for product, _form in response.context["rows"]] == [submitted]


def test_approval_is_mailed_to_the_manager_in_their_language(
    submitted, staff, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        signed_in(staff).post(
            f"/dashboard/catalogue/products/{submitted.pk}/approval/",
            {f"product-{submitted.pk}-decision": "approve"},
        )

    [message] = mail.outbox
    assert message.to == ["itto.coop@example.com"]
    with translation.override("ar"):
        subject = translation.gettext("“%(title)s” is approved and on sale")
    assert message.subject == subject % {"title": f"Coussin {WORD}"}
    assert submitted.get_absolute_url().replace("/fr/", "/ar/") in message.body


def test_a_rejection_needs_a_reason_which_the_manager_receives(
    submitted, staff, django_capture_on_commit_callbacks
):
    client = signed_in(staff)
    url = f"/dashboard/catalogue/products/{submitted.pk}/approval/"
    mail.outbox.clear()

    response = client.post(url, {f"product-{submitted.pk}-decision": "reject"})

    assert response.status_code == 200
    [(_product, form)] = response.context["rows"]
    assert form.errors["reason"]
    submitted.refresh_from_db()
    assert submitted.approval_status == "pending"
    assert mail.outbox == []

    reason = "Les photos manquent : ajoutez-en deux."
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            url,
            {
                f"product-{submitted.pk}-decision": "reject",
                f"product-{submitted.pk}-reason": reason,
            },
        )

    submitted.refresh_from_db()
    assert (submitted.approval_status, submitted.rejection_reason) == ("rejected", reason)
    assert not submitted.is_public
    [message] = mail.outbox
    assert reason in message.body


def test_a_rejected_product_corrected_by_its_manager_goes_back_to_staff(submitted, staff):
    approval.reject(submitted, staff, "Le poids semble faux.")
    client = signed_in(submitted.submitted_by)
    url = f"/dashboard/catalogue/products/{submitted.pk}/"
    response = client.post(url, edit_form_data(client.get(url), weight="0.9"))

    assert response.status_code == 302
    submitted.refresh_from_db()
    assert (submitted.approval_status, submitted.rejection_reason) == ("pending", "")
    assert not submitted.is_public


def test_managers_cannot_reach_the_approval_list_nor_approve(submitted):
    manager = signed_in(submitted.submitted_by)

    assert manager.get(APPROVAL_LIST).status_code == 403
    response = manager.post(
        f"/dashboard/catalogue/products/{submitted.pk}/approval/",
        {f"product-{submitted.pk}-decision": "approve"},
    )
    assert response.status_code == 403
    submitted.refresh_from_db()
    assert submitted.approval_status == "pending"


def test_the_bulk_make_public_action_does_not_offer_a_pending_product(submitted):
    """Oscar's "Make products public" bulk action updates rows directly: it may only pick
    approved products (a pending one stays on the confirmation page's "skipped" side)."""
    action = get_class("dashboard.catalogue.bulk_actions", "MakeProductsPublicAction")()
    selectable = action.filter_products_queryset(
        Product.objects.filter(upc__in=["TWZ-APPR", "TWZ-TAP-002"])
    )

    assert list(selectable.values_list("upc", flat=True)) == ["TWZ-TAP-002"]


def test_products_that_existed_before_approval_are_approved():
    public = Product.objects.filter(is_public=True)
    assert public.exists()
    assert set(public.values_list("approval_status", flat=True)) == {"approved"}
