"""The campaign report: the attributed orders' figures, for the association and staff only."""

import csv
import io
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.cache import cache
from oscar.core.loading import get_model

from stories.report import campaign_report
from tests.stories.campaign_helpers import SOAP, paid_order, refund

pytestmark = pytest.mark.django_db

SaleShare = get_model("payouts", "SaleShare")
Order = get_model("order", "Order")
User = get_user_model()


@pytest.fixture(autouse=True)
def fresh_figures(settings):
    settings.DEBUG = True  # the demo diaspora account logs in only then (tawiza/auth.py)
    cache.clear()


def counted_orders(campaign):
    """The attributed orders whose money is in, found without the report's query."""
    orders = Order.objects.filter(campaign__translation_key=campaign.translation_key)
    counted = []
    for order in orders:
        method = order.sources.values_list("source_type__code", flat=True).first()
        paid = order.status == "Delivered" or (
            order.status in ("Paid", "Being processed", "Shipped") and method != "cash-on-delivery"
        )
        if paid:
            counted.append(order)
    return counted


def test_report_totals_are_the_sum_of_the_attributed_orders(aods_campaign):
    paid_order(aods_campaign, SOAP, SOAP)
    refund(paid_order(aods_campaign))  # leaves the report
    report = campaign_report(aods_campaign)
    orders = counted_orders(aods_campaign)
    shares = SaleShare.objects.filter(line__order__in=orders).exclude(
        line__payment_event_quantities__event__event_type__code="refund"
    )
    expected = sum((share.cooperative_share for share in shares), Decimal("0.00"))
    assert report.totals.sent == expected
    assert sum((row.sent for row in report.by_day), Decimal("0.00")) == expected
    assert sum((row.sent for row in report.by_product), Decimal("0.00")) == expected
    assert sum(row.pieces for row in report.by_product) == report.totals.pieces
    assert report.totals.orders == len(orders) - 1


def test_the_associations_editor_reads_the_report_and_its_csv(client, aods_campaign):
    client.force_login(User.objects.get(username="diaspora-aods"))
    page = client.get(f"/admin/campaign-reports/{aods_campaign.pk}/")
    assert page.status_code == 200
    report = campaign_report(aods_campaign)
    assert f'data-total="orders">{report.totals.orders}<' in page.content.decode()
    response = client.get(f"/admin/campaign-reports/{aods_campaign.pk}/product.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == len(report.by_product) + 1
    assert sum(Decimal(row[-1]) for row in rows[1:]) == report.totals.sent
    assert "karim" not in response.content.decode().lower()  # no buyer, only aggregates


def test_other_admin_users_are_refused(client, aods_campaign):
    client.force_login(User.objects.get(username="editor"))
    response = client.get(f"/admin/campaign-reports/{aods_campaign.pk}/")
    assert response.status_code == 302 and response["Location"] == "/admin/"
    response = client.get(f"/admin/campaign-reports/{aods_campaign.pk}/day.csv")
    assert response.status_code == 302
    listing = client.get("/admin/campaign-reports/").content.decode()
    assert aods_campaign.title not in listing


def test_staff_read_every_report(client, aods_campaign):
    staff = User.objects.create_user("staff-member", "staff@example.com", "x", is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(staff)
    assert client.get(f"/admin/campaign-reports/{aods_campaign.pk}/").status_code == 200
