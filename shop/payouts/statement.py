"""A cooperative's statement for a period: what it sold, gave back, is owed and was paid.

Rules (docs/payouts.md):
- A sale counts on the day its order was placed, at the split frozen then (``SaleShare``);
  cancelled orders count for nothing, refunds on them included.
- A refund is an Oscar payment event of type "Refund" on some of the order's lines
  (``PaymentEventQuantity``); it counts on the day it was recorded and gives back the
  refunded units' price: the platform returns its fee on them, the cooperative the rest.
- gross sales - refunds - platform fee = net owed; the platform fee is the fee on the sales
  less the fee returned with refunds.
- balance = balance brought forward (everything owed before the period, less every payout
  before it) + net owed - payouts made in the period.
Days are the site's time zone (Africa/Casablanca); both ends of the period are included.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Sum
from django.db.models.functions import TruncDate, TruncMonth
from django.utils import timezone
from oscar.core.loading import get_model

from shop.fairshare import CENT

from .models import Payout, SaleShare

PaymentEventQuantity = get_model("order", "PaymentEventQuantity")

CANCELLED = "Cancelled"  # the order status of OSCAR_ORDER_STATUS_PIPELINE
REFUND = "refund"  # code of the "Refund" payment event type (migration 0002)
ZERO = Decimal("0.00")
# Up to two months the chart shows one bar a day, beyond that one bar a month.
DAILY_UP_TO_DAYS = 62


@dataclass(frozen=True)
class Totals:
    gross: Decimal = ZERO
    platform: Decimal = ZERO
    cooperative: Decimal = ZERO


@dataclass
class Statement:
    partner: object
    start: datetime.date
    end: datetime.date
    gross_sales: Decimal
    platform_fee: Decimal
    refunds: Decimal
    net_owed: Decimal
    payouts_made: Decimal
    balance_brought_forward: Decimal
    payouts: list = field(default_factory=list)

    @property
    def balance(self) -> Decimal:
        return self.balance_brought_forward + self.net_owed - self.payouts_made


def money(value) -> Decimal:
    """A database sum as an amount in centimes (SQLite sums decimals with float noise)."""
    return (value or ZERO).quantize(CENT)


def _midnight(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def _between(queryset, lookup, since=None, until=None):
    """Rows whose datetime ``lookup`` falls on the days from ``since`` to ``until`` included."""
    if since is not None:
        queryset = queryset.filter(**{f"{lookup}__gte": _midnight(since)})
    if until is not None:
        next_day = until + datetime.timedelta(days=1)
        queryset = queryset.filter(**{f"{lookup}__lt": _midnight(next_day)})
    return queryset


def sales_of(partner):
    return SaleShare.objects.filter(partner=partner).exclude(line__order__status=CANCELLED)


def sale_totals(partner, since=None, until=None) -> Totals:
    sums = _between(sales_of(partner), "line__order__date_placed", since, until).aggregate(
        gross=Sum("price"), platform=Sum("platform_fee"), cooperative=Sum("cooperative_share")
    )
    return Totals(**{key: money(value) for key, value in sums.items()})


def refund_totals(partner, since=None, until=None) -> Totals:
    quantities = _between(
        PaymentEventQuantity.objects.filter(
            event__event_type__code=REFUND, line__sale_share__partner=partner
        ).exclude(line__order__status=CANCELLED),
        "event__date_created",
        since,
        until,
    ).select_related("line__sale_share")
    refunded = defaultdict(int)
    shares = {}
    for row in quantities:
        share = row.line.sale_share
        shares[share.pk] = share
        refunded[share.pk] += row.quantity
    parts = [shares[pk].refunded_part(quantity) for pk, quantity in refunded.items()]
    return Totals(
        gross=sum((part.price for part in parts), ZERO),
        platform=sum((part.platform for part in parts), ZERO),
        cooperative=sum((part.cooperative for part in parts), ZERO),
    )


def payouts_of(partner, since=None, until=None):
    payouts = Payout.objects.filter(partner=partner)
    if since is not None:
        payouts = payouts.filter(paid_on__gte=since)
    if until is not None:
        payouts = payouts.filter(paid_on__lte=until)
    return payouts


def owed(partner, since=None, until=None) -> Decimal:
    return (
        sale_totals(partner, since, until).cooperative
        - refund_totals(partner, since, until).cooperative
    )


def statement(partner, start, end) -> Statement:
    sales = sale_totals(partner, start, end)
    refunds = refund_totals(partner, start, end)
    payouts = list(payouts_of(partner, start, end).select_related("recorded_by"))
    before = start - datetime.timedelta(days=1)
    paid_before = payouts_of(partner, until=before).aggregate(total=Sum("amount"))["total"]
    return Statement(
        partner=partner,
        start=start,
        end=end,
        gross_sales=sales.gross,
        platform_fee=sales.platform - refunds.platform,
        refunds=refunds.gross,
        net_owed=sales.cooperative - refunds.cooperative,
        payouts_made=sum((payout.amount for payout in payouts), ZERO),
        balance_brought_forward=owed(partner, until=before) - money(paid_before),
        payouts=payouts,
    )


def _months(start, end):
    month = start.replace(day=1)
    while month <= end:
        yield month
        month = (month + datetime.timedelta(days=32)).replace(day=1)


def sales_over_time(partner, start, end):
    """[(first day of the bar, gross sales)] for each day (or month) of the period."""
    daily = (end - start).days < DAILY_UP_TO_DAYS
    trunc = TruncDate if daily else TruncMonth
    rows = (
        _between(sales_of(partner), "line__order__date_placed", start, end)
        .annotate(bucket=trunc("line__order__date_placed", tzinfo=timezone.get_current_timezone()))
        .values("bucket")
        .annotate(gross=Sum("price"))
    )
    by_bucket = {}
    for row in rows:
        bucket = row["bucket"]
        day = bucket.date() if isinstance(bucket, datetime.datetime) else bucket
        by_bucket[day] = by_bucket.get(day, ZERO) + money(row["gross"])
    if daily:
        days = (start + datetime.timedelta(days=n) for n in range((end - start).days + 1))
    else:
        days = _months(start, end)
    return [(day, by_bucket.get(day, ZERO)) for day in days], daily
