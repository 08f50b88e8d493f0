"""Payout figures: frozen at sale time, refunds split pro rata, cancelled orders left out."""

import datetime
from decimal import Decimal as D

import pytest
from django.apps import apps
from django.db.migrations.loader import MigrationLoader

from artisans.models import CooperativePage
from shop.payouts.models import SaleShare
from shop.payouts.statement import statement

from .conftest import place, product_of

pytestmark = pytest.mark.django_db

MARCH_1, MARCH_31 = datetime.date(2026, 3, 1), datetime.date(2026, 3, 31)


def figures(partner):
    s = statement(partner, MARCH_1, MARCH_31)
    return {
        "gross_sales": s.gross_sales,
        "platform_fee": s.platform_fee,
        "refunds": s.refunds,
        "net_owed": s.net_owed,
        "payouts_made": s.payouts_made,
        "balance_brought_forward": s.balance_brought_forward,
        "balance": s.balance,
    }


WEAVING_MARCH = {
    "gross_sales": D("2500.00"),
    "platform_fee": D("100.00"),
    "refunds": D("1250.00"),
    "net_owed": D("1150.00"),
    "payouts_made": D("1000.00"),
    "balance_brought_forward": D("1150.00"),
    "balance": D("1300.00"),
}
ARGAN_MARCH = {
    "gross_sales": D("659.97"),
    "platform_fee": D("56.00"),
    "refunds": D("99.99"),
    "net_owed": D("503.98"),
    "payouts_made": D("0.00"),
    "balance_brought_forward": D("-100.00"),
    "balance": D("403.98"),
}


def test_march_figures_equal_the_hand_computed_ones(march, weaving, argan):
    assert figures(weaving) == WEAVING_MARCH
    assert figures(argan) == ARGAN_MARCH


def test_gross_less_refunds_less_fee_is_net_owed(march, weaving, argan):
    for partner in (weaving, argan):
        s = statement(partner, MARCH_1, MARCH_31)
        assert s.gross_sales - s.refunds - s.platform_fee == s.net_owed


def test_a_later_fee_rate_change_never_rewrites_past_sales(march, weaving, argan):
    CooperativePage.objects.filter(partner__in=[weaving, argan]).update(fee_rate=D("0.250"))
    assert figures(weaving) == WEAVING_MARCH
    assert figures(argan) == ARGAN_MARCH


def test_the_fee_rate_in_force_is_recorded_when_the_order_is_placed(weaving):
    carpet = product_of(weaving, D("999.99"))
    order = place([(carpet, 1)], (4, 1))
    share = SaleShare.objects.get(line__order=order)
    assert (share.partner, share.fee_rate) == (weaving, D("0.080"))
    # 999.99 × 8 % = 79.9992 → 80.00, the cooperative gets the rest.
    assert (share.price, share.platform_fee, share.cooperative_share) == (
        D("999.99"),
        D("80.00"),
        D("919.99"),
    )


def test_orders_placed_before_payouts_existed_are_backfilled(weaving):
    order = place([(product_of(weaving, D("500.00")), 2)], (4, 2))
    SaleShare.objects.filter(line__order=order).delete()
    migration = MigrationLoader(None).get_migration("payouts", "0003_backfill_sale_shares")
    migration.operations[0].code(apps, None)
    share = SaleShare.objects.get(line__order=order)
    assert (share.price, share.platform_fee, share.cooperative_share) == (
        D("1000.00"),
        D("80.00"),
        D("920.00"),
    )


def test_the_refund_event_type_exists_for_staff_to_choose():
    from oscar.core.loading import get_model

    assert (
        get_model("order", "PaymentEventType").objects.filter(code="refund", name="Refund").exists()
    )


def test_a_statement_takes_as_many_queries_for_many_refunds_as_for_one(march, argan):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from .conftest import refund

    def queries():
        with CaptureQueriesContext(connection) as captured:
            statement(argan, MARCH_1, MARCH_31)
        return len(captured)

    before = queries()
    for _ in range(3):
        order = place([(product_of(argan, D("50.00")), 2)], (3, 15))
        refund(order, [(order.lines.get(), 1)], (3, 16))
    assert queries() == before
