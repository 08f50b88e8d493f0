"""Staff record the payouts made to a cooperative in the dashboard."""

from decimal import Decimal as D

import pytest

from shop.payouts.models import Payout

pytestmark = pytest.mark.django_db

ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en"}


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


def test_staff_record_a_payout_and_the_balance_falls(staff_client, staff, march, weaving):
    response = staff_client.post(
        f"/dashboard/payouts/{weaving.pk}/record/",
        {"paid_on": "2026-03-30", "amount": "300.00", "reference": "VIR-2", "note": "Mars"},
    )
    assert response.status_code == 302
    payout = Payout.objects.get(reference="VIR-2")
    assert (payout.partner, payout.amount, payout.currency, payout.recorded_by) == (
        weaving,
        D("300.00"),
        "MAD",
        staff,
    )
    html = staff_client.get(
        f"/dashboard/payouts/{weaving.pk}/", {"start": "2026-03-01", "end": "2026-03-31"}, **ENGLISH
    ).content.decode()
    assert "1,000.00" in html  # 1,300.00 − 300.00


def test_staff_correct_a_payout(staff_client, march, weaving):
    payout = Payout.objects.get(partner=weaving, reference="VIR-1")
    response = staff_client.post(
        f"/dashboard/payouts/payout/{payout.pk}/",
        {"paid_on": "2026-03-28", "amount": "1100.00", "reference": "VIR-1", "note": ""},
    )
    assert response.status_code == 302
    payout.refresh_from_db()
    assert payout.amount == D("1100.00")


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("amount", "-5", "Ensure this value is greater than or equal to 0.01."),
        ("amount", "cinq cents", "Enter a number."),
        ("amount", "1" * 20, "Ensure that there are no more than 12 digits in total."),
        ("paid_on", "2999-01-01", "its date cannot be in the future"),
        ("paid_on", "hier", "Enter a date such as 2026-03-31."),
        ("reference", "x" * 500, "Ensure this value has at most 128 characters"),
    ],
)
def test_a_bad_payout_is_a_form_error_and_keeps_what_was_typed(
    staff_client, weaving, field, value, error
):
    data = {"paid_on": "2026-03-30", "amount": "300.00", "reference": "VIR-3", "note": "garde-moi"}
    data[field] = value
    response = staff_client.post(f"/dashboard/payouts/{weaving.pk}/record/", data, **ENGLISH)
    assert response.status_code == 200
    html = response.content.decode()
    assert error in html
    assert "garde-moi" in html
    assert not Payout.objects.filter(reference="VIR-3").exists()
