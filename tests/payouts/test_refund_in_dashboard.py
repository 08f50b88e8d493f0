"""Staff record a refund with Oscar's own "create payment event" line action; it reaches the
cooperative's payouts report, split as the rule says (the platform returns its fee)."""

from decimal import Decimal as D

import pytest
from django.utils import timezone
from oscar.apps.partner.strategy import Selector
from oscar.core.loading import get_model
from oscar.test.factories import create_order

from shop.payouts.statement import statement

from .conftest import new_user, product_of

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")


def test_a_refund_made_in_the_dashboard_returns_the_units_price_and_fee(client, argan):
    today = timezone.localdate()
    # The demo content holds orders of today too (seed_demo's fulfilment order): measure this
    # order's effect on the day's statement.
    before = statement(argan, today, today)
    basket = Basket.objects.create()
    basket.strategy = Selector().strategy()
    basket.add_product(product_of(argan, D("180.00")), 2)
    order = create_order(basket=basket)
    line = order.lines.get()
    client.force_login(new_user(is_staff=True, is_superuser=True))
    response = client.post(
        f"/dashboard/orders/{order.number}/",
        {
            "line_action": "create_payment_event",
            "selected_line": [line.pk],
            f"selected_line_qty_{line.pk}": "1",
            "payment_event_type": "refund",
            "amount": "180.00",
        },
    )
    assert response.status_code == 302
    after = statement(argan, today, today)
    # 2 × 180.00 at 10 %: fee 36.00; one bottle refunded gives back 180.00, 18.00 of it fee.
    assert tuple(
        getattr(after, figure) - getattr(before, figure)
        for figure in ("gross_sales", "refunds", "platform_fee", "net_owed")
    ) == (
        D("360.00"),
        D("180.00"),
        D("18.00"),
        D("162.00"),
    )
