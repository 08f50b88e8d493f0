"""Oscar's ``EventHandler``, where cooperatives ship and deliver their lines.

A shipping event ("ready-for-pickup", "shipped" or "delivered") moves its lines along
``OSCAR_LINE_STATUS_PIPELINE`` and the order follows its lines: "Being processed" once one
line has moved, "Shipped" when every line is shipped, "Delivered" when every line is
delivered. An order awaiting a bank transfer is never prepared nor shipped, a cancelled one
never moves. The emails (shipped, to the buyer; ready for pickup, to the cooperative's
managers) are queued once the change is committed, so a failing mail server never undoes it.
"""

import logging

from django.db import transaction
from django.utils.translation import gettext_lazy as _
from oscar.apps.order import exceptions, processing

from shop.order.models import DELIVERED, READY_FOR_PICKUP, SHIPPED

logger = logging.getLogger(__name__)

AWAITING_PAYMENT = "Awaiting payment"
CANCELLED = "Cancelled"
READY = "Ready for pickup"
# The line status each shipping event leads to, and the order status once all lines are there.
LINE_STATUS_AFTER = {READY_FOR_PICKUP: READY, SHIPPED: "Shipped", DELIVERED: "Delivered"}
BEING_PROCESSED = "Being processed"


class EventHandler(processing.EventHandler):
    def handle_shipping_event(self, order, event_type, lines, line_quantities, **kwargs):
        with transaction.atomic():
            # One shipment of an order at a time, each seeing the lines as the one before
            # left them: the same line cannot be shipped twice by two managers at once, and
            # the order follows the lines as they are once both have shipped.
            order.status = order.lock()
            for line in lines:
                line.refresh_from_db(fields=["status"])
            self.validate_shipping_event(order, event_type, lines, line_quantities, **kwargs)
            event = self.create_shipping_event(order, event_type, lines, line_quantities, **kwargs)
            new_status = LINE_STATUS_AFTER.get(event_type.code)
            if new_status:
                for line in lines:
                    line.set_status(new_status)
                self.follow_lines(order)
        if event_type.code == SHIPPED:
            transaction.on_commit(lambda: queue_shipped_email(event.pk))
        elif event_type.code == READY_FOR_PICKUP:
            transaction.on_commit(lambda: queue_ready_for_pickup_notices(event.pk))
        return event

    def validate_shipping_event(self, order, event_type, lines, line_quantities, **kwargs):
        if order.status == CANCELLED:
            raise exceptions.InvalidShippingEvent(
                _("Order %(number)s was cancelled: keep the piece, nothing is to be sent.")
                % {"number": order.number}
            )
        if order.status == AWAITING_PAYMENT and event_type.code == READY_FOR_PICKUP:
            raise exceptions.InvalidShippingEvent(
                _(
                    "Order %(number)s is still awaiting payment by bank transfer: "
                    "mark the piece ready once the order is paid."
                )
                % {"number": order.number}
            )
        if order.status == AWAITING_PAYMENT:
            raise exceptions.InvalidShippingEvent(
                _(
                    "Order %(number)s is still awaiting payment by bank transfer: "
                    "it can be shipped once it is marked paid."
                )
                % {"number": order.number}
            )
        new_status = LINE_STATUS_AFTER.get(event_type.code)
        if new_status:
            for line in lines:
                if new_status not in line.available_statuses():
                    raise exceptions.InvalidShippingEvent(
                        _("“%(product)s” is “%(status)s”: it cannot become “%(new_status)s”.")
                        % {
                            "product": line.title,
                            "status": _(line.status),
                            "new_status": _(new_status),
                        }
                    )
        super().validate_shipping_event(order, event_type, lines, line_quantities, **kwargs)

    def create_shipping_event(self, order, event_type, lines, line_quantities, **kwargs):
        event = order.shipping_events.create(
            event_type=event_type,
            notes=kwargs.get("reference") or "",
            tracking_number=kwargs.get("tracking_number") or "",
            carrier=kwargs.get("carrier") or "",
        )
        for line, quantity in zip(lines, line_quantities, strict=True):
            event.line_quantities.create(line=line, quantity=quantity)
        return event

    def follow_lines(self, order):
        """Move the order's status to where all its lines are, through the pipeline."""
        statuses = set(order.lines.values_list("status", flat=True))
        if statuses == {"Delivered"}:
            targets = ["Shipped", "Delivered"]
        elif statuses <= {"Shipped", "Delivered"}:
            targets = ["Shipped"]
        else:
            targets = [BEING_PROCESSED]
        for target in targets:
            if target != order.status and target in order.available_statuses():
                order.set_status(target)


def queue_shipped_email(event_id):
    from shop.fulfilment.tasks import send_shipped_email

    try:
        send_shipped_email.enqueue(event_id)
    except Exception:
        logger.exception("Shipping event %s: could not queue the shipped email", event_id)


def queue_ready_for_pickup_notices(event_id):
    from shop.fulfilment.tasks import send_ready_for_pickup_notices

    try:
        send_ready_for_pickup_notices.enqueue(event_id)
    except Exception:
        logger.exception("Shipping event %s: could not queue the ready notices", event_id)
