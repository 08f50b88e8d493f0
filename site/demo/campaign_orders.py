"""Orders attributed to the demo campaign, so its progress, chart and report show figures.

Placed like real orders (Oscar's basket, ``OrderCreator``, payment sources, shipping events),
spread over the last weeks of the campaign: some paid by bank transfer, some paid cash on
delivery and delivered, one still waiting for its transfer (which does not count yet).
Idempotent: each order is found by its number.
"""

import datetime

from django.db import transaction
from django.utils import timezone, translation
from oscar.core.loading import get_class, get_model

from stories.models import CampaignPage

from .orders import place

EventHandler = get_class("order.processing", "EventHandler")
Order = get_model("order", "Order")
ShippingEventType = get_model("order", "ShippingEventType")
Source = get_model("payment", "Source")
SourceType = get_model("payment", "SourceType")

CAMPAIGN_SLUG = "un-pressoir-pour-taytmatine"
BANK_TRANSFER, CASH_ON_DELIVERY = "bank-transfer", "cash-on-delivery"
# (number, days ago, payment method, order status, the buyer's language, [(upc, quantity)])
CAMPAIGN_ORDERS = (
    ("TWZ-CAMP-1", 40, BANK_TRANSFER, "Paid", "fr", [("TWZ-ARG-001", 2)]),
    ("TWZ-CAMP-2", 26, CASH_ON_DELIVERY, "Pending", "ar", [("TWZ-ARG-003", 1), ("TWZ-ARG-004", 2)]),
    ("TWZ-CAMP-3", 19, BANK_TRANSFER, "Paid", "fr", [("TWZ-ARG-001", 1), ("TWZ-ARG-003", 1)]),
    ("TWZ-CAMP-4", 9, BANK_TRANSFER, "Paid", "en", [("TWZ-ARG-004", 3)]),
    ("TWZ-CAMP-5", 4, CASH_ON_DELIVERY, "Pending", "shi", [("TWZ-ARG-001", 1)]),
    ("TWZ-CAMP-6", 1, BANK_TRANSFER, "Awaiting payment", "fr", [("TWZ-ARG-003", 1)]),
)
BUYER = {
    "first_name": "Karim",
    "last_name": "Ait Said",
    "line1": "4 rue Victor Hugo",
    "line4": "Agadir",
    "postcode": "80000",
    "phone_number": "+212612345679",
}


def ensure_campaign_orders():
    campaign = CampaignPage.objects.filter(slug=CAMPAIGN_SLUG, locale__language_code="fr").first()
    if campaign is None:
        return
    start = timezone.make_aware(datetime.datetime.combine(campaign.start_date, datetime.time(12)))
    for number, days_ago, method, status, language, lines in CAMPAIGN_ORDERS:
        if Order.objects.filter(number=number).exists():
            continue
        placed = max(timezone.now() - datetime.timedelta(days=days_ago), start)
        with translation.override(language), transaction.atomic():
            order = place(
                number,
                lines,
                BUYER,
                "karim.aitsaid@demo.tawiza.ma",
                status=status,
                date_placed=placed,
                campaign=campaign,
            )
            record_payment_source(order, method)
            if method == CASH_ON_DELIVERY:
                deliver(order)


def record_payment_source(order, method):
    """The payment source the checkout records for ``method`` (shop/checkout/views.py)."""
    source_type, _created = SourceType.objects.get_or_create(code=method, defaults={"name": method})
    return Source.objects.create(
        order=order,
        source_type=source_type,
        currency=order.currency,
        amount_allocated=order.total_incl_tax,
        reference=order.number,
    )


def deliver(order):
    """Ship then deliver every line, as the cooperative does from its phone page."""
    lines = list(order.lines.all())
    quantities = [line.quantity for line in lines]
    for code in ("shipped", "delivered"):
        EventHandler().handle_shipping_event(
            order, ShippingEventType.objects.get(code=code), lines, quantities
        )
        for line in lines:
            line.refresh_from_db()
