"""What buyers have sent to the cooperatives: for a campaign, a cooperative, the whole site.

One computation for all three (docs/campaigns.md). It starts from ``SaleShare``, the split of
each order line frozen when the order was placed (shop/payouts), so "sent to the cooperatives"
is the cooperatives' share, net of the platform's fee, as in the payouts report. An order
counts once its money is in: paid by bank transfer (``Paid`` and every later status), or
paid cash on delivery (``Delivered`` only: the carrier collects on delivery). Cancelled orders
never count. Refunded units come off pro rata, as ``SaleShare.refunded_part`` does, inside
the same query. Each figure is one aggregate query, cached until an order changes
(``invalidate``), so a page's query count does not grow with the number of orders.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.cache import cache
from django.db import transaction
from django.db.models import (
    Count,
    DecimalField,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce, Least, Round, TruncDate
from django.utils import timezone
from oscar.core.loading import get_model

from shop.fairshare import CENT
from shop.payment.methods import CashOnDelivery

REFUND = "refund"  # the "Refund" payment event type (shop/payouts migration 0002)
DELIVERED = "Delivered"
# Statuses an order reaches only once paid when it is paid by bank transfer; cash on
# delivery reaches them before the carrier collects, so for it only "Delivered" counts.
PAID_BY_TRANSFER = ("Paid", "Being processed", "Shipped")
ZERO = Decimal("0.00")
GENERATION_KEY = "tawiza:order-figures:generation"
FIGURES_TIMEOUT = 60 * 60  # an hour; any order change replaces them sooner (``invalidate``)
MONEY = DecimalField(max_digits=14, decimal_places=2)

COUNTED = Q(line__order__status=DELIVERED) | (
    Q(line__order__status__in=PAID_BY_TRANSFER)
    & ~Q(line__order__sources__source_type__code=CashOnDelivery.code)
)


@dataclass(frozen=True)
class Figures:
    """Money sent to cooperatives (MAD, net of fees and refunds), orders and pieces."""

    sent: Decimal = ZERO
    orders: int = 0
    pieces: int = 0


@dataclass(frozen=True)
class Progress:
    figures: Figures
    # [(first day of the bar, orders)], one bar a day up to two months, then a bar a week.
    orders_over_time: list = field(default_factory=list)
    goal_amount: Decimal | None = None
    goal_pieces: int | None = None

    @property
    def percent(self) -> int | None:
        """How far toward the goal, 0 to 100 (the bar stops full when the goal is passed)."""
        if self.goal_amount:
            reached = self.figures.sent / self.goal_amount
        elif self.goal_pieces:
            reached = Decimal(self.figures.pieces) / self.goal_pieces
        else:
            return None
        return max(0, min(100, int(reached * 100)))


def _refunded_units():
    """The units of the share's line given back by refunds (0 when none)."""
    refunds = (
        get_model("order", "PaymentEventQuantity")
        .objects.filter(line=OuterRef("line"), event__event_type__code=REFUND)
        .values("line")
        .annotate(units=Sum("quantity"))
        .values("units")
    )
    return Least(
        Coalesce(Subquery(refunds, output_field=IntegerField()), Value(0)),
        F("line__quantity"),
        output_field=IntegerField(),
    )


def counted_shares(shares=None):
    """Sale shares of counted orders, each with what refunds left of it."""
    shares = sale_shares() if shares is None else shares
    refunded = _refunded_units()

    def pro_rata(amount):
        return Round(
            ExpressionWrapper(F(amount) * refunded / F("line__quantity"), output_field=MONEY), 2
        )

    return (
        shares.filter(COUNTED)
        .exclude(line__order__status="Cancelled")
        .annotate(
            units_left=F("line__quantity") - refunded,
            sales_left=ExpressionWrapper(F("price") - pro_rata("price"), output_field=MONEY),
            sent_left=ExpressionWrapper(
                F("cooperative_share") - (pro_rata("price") - pro_rata("platform_fee")),
                output_field=MONEY,
            ),
        )
    )


def _money(value) -> Decimal:
    return (value or ZERO).quantize(CENT)


def figures_of(shares) -> Figures:
    """One aggregate query over ``shares`` (a ``SaleShare`` queryset)."""
    totals = counted_shares(shares).aggregate(
        sent=Sum("sent_left"),
        pieces=Sum("units_left"),
        orders=Count("line__order", distinct=True, filter=Q(units_left__gt=0)),
    )
    return Figures(
        sent=_money(totals["sent"]), orders=totals["orders"] or 0, pieces=totals["pieces"] or 0
    )


# Scopes ------------------------------------------------------------------------------------


def sale_shares():
    # Looked up when used: this module is imported while the models are being loaded.
    return get_model("payouts", "SaleShare").objects.all()


def campaign_shares(campaign):
    """The shares of orders attributed to ``campaign`` in any of its languages."""
    return sale_shares().filter(line__order__campaign__translation_key=campaign.translation_key)


def cooperative_shares(cooperative):
    """The shares of ``cooperative`` (a ``CooperativePage``), or None without a partner."""
    if cooperative.partner_id is None:
        return None
    return sale_shares().filter(partner_id=cooperative.partner_id)


# Cached figures ----------------------------------------------------------------------------


def _generation() -> int:
    return cache.get_or_set(GENERATION_KEY, 1, timeout=None)


def cached(name, compute):
    """``compute()``, kept until the next order change (keys carry the generation)."""
    key = f"tawiza:order-figures:{_generation()}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, FIGURES_TIMEOUT)
    return value


def invalidate(**kwargs):
    """Forget every cached figure once the current transaction commits.

    A new generation makes the old keys unreachable (they expire by themselves), so one
    counter serves every campaign, cooperative and the site total.
    """

    def bump():
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:  # evicted or never set: any new value starts a new generation
            cache.set(GENERATION_KEY, int(timezone.now().timestamp()), timeout=None)

    transaction.on_commit(bump)


def site_impact() -> Figures:
    return cached("site", lambda: figures_of(sale_shares()))


def cooperative_impact(cooperative) -> Figures | None:
    shares = cooperative_shares(cooperative)
    if shares is None:
        return None
    return cached(f"partner:{cooperative.partner_id}", lambda: figures_of(shares))


def campaign_progress(campaign) -> Progress:
    def compute():
        shares = campaign_shares(campaign)
        return Progress(
            figures=figures_of(shares),
            orders_over_time=orders_over_time(campaign, shares),
            goal_amount=campaign.goal_amount,
            goal_pieces=campaign.goal_pieces,
        )

    # The goal is part of the key: editing it shows at once, without waiting for an order.
    goal = f"{campaign.goal_amount}:{campaign.goal_pieces}:{campaign.start_date}"
    return cached(f"campaign:{campaign.translation_key}:{goal}", compute)


# The chart ---------------------------------------------------------------------------------

DAILY_UP_TO_DAYS = 62


def orders_by_day(shares) -> dict:
    """{day: counted orders placed that day}, days in the site's time zone (one query)."""
    rows = (
        counted_shares(shares)
        .filter(units_left__gt=0)
        .annotate(day=TruncDate("line__order__date_placed", tzinfo=timezone.get_current_timezone()))
        .values("day")
        .annotate(orders=Count("line__order", distinct=True))
    )
    return {row["day"]: row["orders"] for row in rows}


def orders_over_time(campaign, shares) -> list:
    """[(day, orders)] from the campaign's start to its end (or today): a bar a day, or a
    bar a week when that would be more than two months of bars."""
    today = timezone.localdate()
    start = campaign.start_date
    end = min(campaign.end_date or today, today)
    if end < start:
        return []
    by_day = orders_by_day(shares)
    step = 1 if (end - start).days < DAILY_UP_TO_DAYS else 7
    bars = []
    day = start
    while day <= end:
        days = (day + datetime.timedelta(days=n) for n in range(step))
        bars.append((day, sum(by_day.get(d, 0) for d in days)))
        day += datetime.timedelta(days=step)
    return bars
