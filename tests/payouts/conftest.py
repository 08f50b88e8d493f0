"""A known month of sales for two cooperatives, with the figures worked out by hand.

Weaving (tissage-ait-bouguemez, fee 8 %) and argan (argan-taytmatine, fee 10 %):

- 10 Feb: weaving carpet ×1 at 1,250.00 (before the period).
- 15 Feb: a payout of 100.00 to argan (before the period).
- 5 Mar, order 1: carpet ×1 at 1,250.00; argan oil ×2 at 180.00 (line 360.00).
- 10 Mar, order 2: argan oil ×1 at 180.00, cancelled (and "refunded" on 12 Mar).
- 20 Mar, order 3: carpet ×1 at 1,250.00; argan oil ×3 at 99.99 (line 299.97).
- 25 Mar: one refund event: order 3's carpet (1 of 1) and one of its three bottles.
- 28 Mar: a payout of 1,000.00 to weaving.

The report for 1–31 March:

weaving: gross 2,500.00; fee on sales 2 × 100.00 = 200.00, returned 100.00 → fee 100.00;
  refunds 1,250.00; net owed 2,300.00 − 1,150.00 = 1,150.00; brought forward 1,150.00;
  payouts 1,000.00; balance 1,150.00 + 1,150.00 − 1,000.00 = 1,300.00.
argan: gross 360.00 + 299.97 = 659.97; fee on sales 36.00 + 30.00 (29.997) = 66.00, returned
  10.00 (30.00 / 3) → fee 56.00; refunds 99.99 (299.97 / 3); net owed 324.00 + 269.97 − 89.99
  = 503.98; brought forward −100.00; payouts 0.00; balance 403.98.
"""

import datetime
import itertools
from decimal import Decimal as D

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.utils import timezone
from oscar.apps.partner.strategy import Selector
from oscar.core.loading import get_model
from oscar.test.factories import create_order

from shop.payouts.models import Payout

Basket = get_model("basket", "Basket")
Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")
Order = get_model("order", "Order")
PaymentEvent = get_model("order", "PaymentEvent")
PaymentEventType = get_model("order", "PaymentEventType")
PaymentEventQuantity = get_model("order", "PaymentEventQuantity")

WEAVING = "tissage-ait-bouguemez"
ARGAN = "argan-taytmatine"
MARCH = {"start": "2026-03-01", "end": "2026-03-31"}
_names = itertools.count()


def moment(day, hour=12):
    return timezone.make_aware(datetime.datetime(2026, *day, hour))


def product_of(partner, price):
    """One of the cooperative's demo products, at ``price`` for this test."""
    stockrecord = StockRecord.objects.filter(partner=partner).order_by("pk").first()
    stockrecord.price = price
    stockrecord.num_in_stock = 100
    stockrecord.num_allocated = 0
    stockrecord.save()
    return stockrecord.product


def place(items, day, user=None):
    """An order placed on ``day`` (month, day) holding [(product, quantity)]."""
    basket = Basket.objects.create(owner=user)
    basket.strategy = Selector().strategy()
    for product, quantity in items:
        basket.add_product(product, quantity)
    order = create_order(basket=basket, user=user)
    Order.objects.filter(pk=order.pk).update(date_placed=moment(day))
    return order


def refund(order, lines, day):
    """A "Refund" payment event on ``order`` for [(line, quantity)], recorded on ``day``."""
    event = PaymentEvent.objects.create(
        order=order,
        amount=sum(line.unit_price_incl_tax * quantity for line, quantity in lines),
        event_type=PaymentEventType.objects.get(code="refund"),
    )
    for line, quantity in lines:
        PaymentEventQuantity.objects.create(event=event, line=line, quantity=quantity)
    PaymentEvent.objects.filter(pk=event.pk).update(date_created=moment(day))
    return event


@pytest.fixture
def weaving():
    return Partner.objects.get(code=WEAVING)


@pytest.fixture
def argan():
    return Partner.objects.get(code=ARGAN)


@pytest.fixture
def march(weaving, argan):
    carpet = product_of(weaving, D("1250.00"))
    oil = product_of(argan, D("180.00"))
    place([(carpet, 1)], (2, 10))
    Payout.objects.create(partner=argan, paid_on=datetime.date(2026, 2, 15), amount=D("100.00"))
    first = place([(carpet, 1), (oil, 2)], (3, 5))
    cancelled = place([(oil, 1)], (3, 10))
    Order.objects.filter(pk=cancelled.pk).update(status="Cancelled")
    refund(cancelled, [(cancelled.lines.get(), 1)], (3, 12))
    StockRecord.objects.filter(partner=argan, product=oil).update(price=D("99.99"))
    third = place([(carpet, 1), (oil, 3)], (3, 20))
    refund(
        third,
        [(third.lines.get(partner=weaving), 1), (third.lines.get(partner=argan), 1)],
        (3, 25),
    )
    Payout.objects.create(
        partner=weaving, paid_on=datetime.date(2026, 3, 28), amount=D("1000.00"), reference="VIR-1"
    )
    return {"first": first, "cancelled": cancelled, "third": third}


def new_user(**flags):
    return get_user_model().objects.create_user(
        f"payouts-user-{next(_names)}", f"payouts{next(_names)}@example.com", "x", **flags
    )


@pytest.fixture
def staff():
    return new_user(is_staff=True)


def manager_of(partner):
    """A cooperative manager: a partner user with Oscar's partner dashboard access."""
    user = new_user()
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="partner", codename="dashboard_access")
    )
    partner.users.add(user)
    return user


@pytest.fixture
def weaving_manager(weaving):
    return manager_of(weaving)


@pytest.fixture
def argan_manager(argan):
    return manager_of(argan)
