"""A cooperative manager's dashboard home shows their own sales only: their lines' orders,
items and revenue (the figures of the payouts report), never another cooperative's lines,
whole-order totals, or the shop's customers and baskets. Staff keep Oscar's home."""

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from oscar.core.loading import get_model

from shop.payouts.statement import sale_totals

from .conftest import AMLOU, CUSHION, line_of, place_order

pytestmark = pytest.mark.django_db

Partner = get_model("partner", "Partner")
SITE_WIDE = [
    "total_open_baskets",
    "total_customers",
    "total_customers_last_day",
    "total_open_baskets_last_day",
    "total_revenue",
    "average_order_costs",
]


def home(client, user):
    client.force_login(user)
    response = client.get("/dashboard/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    return response


def figures(response):
    return dict(response.context["sales_tables"])


@pytest.mark.parametrize("period", ["Orders - Last 24 Hours", "Orders - All Time"])
def test_a_shared_order_adds_only_the_managers_own_line(client, weaver, period):
    before = figures(home(client, weaver))[period]
    order = place_order(CUSHION, AMLOU)
    cushion = line_of(order, CUSHION)

    response = home(client, weaver)

    after = figures(response)[period]
    assert after["revenue"] == before["revenue"] + cushion.line_price_incl_tax
    assert order.total_incl_tax > cushion.line_price_incl_tax  # amlou and shipping left out
    assert (after["orders"], after["lines"], after["items"]) == (
        before["orders"] + 1,
        before["lines"] + 1,
        before["items"] + cushion.quantity,
    )
    for name in SITE_WIDE:
        assert name not in response.context
    html = response.content.decode()
    assert "Customers" not in html and "baskets" not in html


def test_the_managers_all_time_revenue_is_the_payouts_gross_sales(
    client, weaver, argan_manager, mixed_order
):
    for manager in (weaver, argan_manager):
        partner = Partner.objects.get(users=manager)
        all_time = figures(home(client, manager))["Orders - All Time"]
        assert all_time["revenue"] == sale_totals(partner).gross
        own_lines = partner.order_lines.exclude(order__status="Cancelled")
        assert all_time["lines"] == own_lines.count()
        assert all_time["items"] == sum(line.quantity for line in own_lines)


def test_a_cancelled_order_no_longer_counts_for_the_manager(client, argan_manager, mixed_order):
    before = figures(home(client, argan_manager))["Orders - All Time"]
    amlou = line_of(mixed_order, AMLOU)
    mixed_order.set_status("Cancelled")
    after = figures(home(client, argan_manager))["Orders - All Time"]
    assert after["revenue"] == before["revenue"] - amlou.line_price_incl_tax
    assert after["orders"] == before["orders"] - 1


def test_staff_keep_oscars_home_with_the_shops_figures(client, mixed_order):
    staff = get_user_model().objects.create_superuser(
        "home-staff", "home-staff@example.org", "not-the-demo-password"
    )
    response = home(client, staff)
    assert "sales_tables" not in response.context
    assert response.context["total_revenue"] >= mixed_order.total_incl_tax > Decimal(0)
    assert "total_open_baskets" in response.context
