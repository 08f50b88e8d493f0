"""A cooperative manager sees their own cooperative's payouts only, however they guess."""

import datetime
from decimal import Decimal as D

import pytest
from django.utils.html import escape

from shop.payouts.models import Payout

from .conftest import MARCH

pytestmark = pytest.mark.django_db

ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en"}


def test_a_manager_reads_their_own_report(client, march, weaving, weaving_manager):
    client.force_login(weaving_manager)
    response = client.get(f"/dashboard/payouts/{weaving.pk}/", MARCH, **ENGLISH)
    assert response.status_code == 200
    assert "1,300.00" in response.content.decode()
    assert "Record a payout" not in response.content.decode()
    assert client.get(f"/dashboard/payouts/{weaving.pk}/csv/", MARCH).status_code == 200


def test_the_index_lists_only_the_managers_cooperative(
    client, march, weaving, argan, weaving_manager
):
    client.force_login(weaving_manager)
    html = client.get("/dashboard/payouts/", MARCH, **ENGLISH).content.decode()
    assert escape(weaving.name) in html
    assert escape(argan.name) not in html


def test_staff_see_every_cooperative(client, march, staff, weaving, argan):
    client.force_login(staff)
    html = client.get("/dashboard/payouts/", MARCH, **ENGLISH).content.decode()
    assert escape(weaving.name) in html and escape(argan.name) in html
    assert client.get(f"/dashboard/payouts/{argan.pk}/", MARCH).status_code == 200


def test_another_cooperatives_report_and_csv_are_not_found(client, march, argan, weaving_manager):
    """Outside the language prefix, Django's LocaleMiddleware turns a 404 into a redirect to
    the French path, which is not found either: the figures never show."""
    client.force_login(weaving_manager)
    for path in (
        f"/dashboard/payouts/{argan.pk}/",
        f"/dashboard/payouts/{argan.pk}/csv/",
        "/dashboard/payouts/999999/",
    ):
        response = client.get(path, MARCH, follow=True)
        assert response.status_code == 404
        assert "503.98" not in response.content.decode()


def test_a_manager_cannot_record_or_edit_payouts(client, weaving, argan, weaving_manager):
    payout = Payout.objects.create(
        partner=argan, paid_on=datetime.date(2026, 3, 3), amount=D("10.00"), reference="R"
    )
    client.force_login(weaving_manager)
    for partner in (weaving, argan):
        path = f"/dashboard/payouts/{partner.pk}/record/"
        assert client.get(path).status_code == 403
        assert (
            client.post(
                path, {"paid_on": "2026-03-03", "amount": "1", "reference": "x"}
            ).status_code
            == 403
        )
    assert client.get(f"/dashboard/payouts/payout/{payout.pk}/").status_code == 403
    assert (
        client.post(f"/dashboard/payouts/payout/{payout.pk}/", {"amount": "0.01"}).status_code
        == 403
    )
    payout.refresh_from_db()
    assert payout.amount == D("10.00")
    assert Payout.objects.count() == 1


def test_a_signed_in_buyer_or_a_visitor_is_kept_out(client, weaving):
    path = f"/dashboard/payouts/{weaving.pk}/"
    assert client.get(path)["Location"].startswith("/dashboard/login/")
    from .conftest import new_user

    client.force_login(new_user())
    assert client.get(path).status_code == 403
    assert client.get("/dashboard/payouts/").status_code == 403
