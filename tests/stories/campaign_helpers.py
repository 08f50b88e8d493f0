"""Orders of the demo campaign in given states, placed as the checkout places them."""

from oscar.core.loading import get_class, get_model

from tawiza.demo.campaign_orders import record_payment_source
from tests.fulfilment.conftest import place_order

EventHandler = get_class("order.processing", "EventHandler")
Order = get_model("order", "Order")
PaymentEventType = get_model("order", "PaymentEventType")

SOAP = "TWZ-ARG-004"  # made by the Taytmatine argan cooperative, the campaign's


def paid_order(campaign, *upcs, method="bank-transfer", status="Paid"):
    """An order attributed to ``campaign``, paid by ``method`` and now at ``status``."""
    order = place_order(*(upcs or (SOAP,)), status=status)
    record_payment_source(order, method)
    Order.objects.filter(pk=order.pk).update(campaign=campaign)
    order.refresh_from_db()
    return order


def refund(order, lines=None):
    """Refund every unit of ``lines`` (all of the order's by default), as staff do."""
    lines = list(lines or order.lines.all())
    EventHandler().handle_payment_event(
        order,
        PaymentEventType.objects.get(code="refund"),
        sum(line.line_price_incl_tax for line in lines),
        lines,
        [line.quantity for line in lines],
    )
