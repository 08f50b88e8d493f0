"""Stock follows the order's status: a cancelled order gives its pieces back to the shop.

Oscar allocates stock when an order is placed but does nothing when staff cancel it, so a
cancelled one-of-a-kind carpet would stay unbuyable. Oscar sends ``order_status_changed``
from ``Order.set_status``; on the move to the cancelled status, the lines' remaining
allocations are cancelled through Oscar's ``EventHandler``.
"""

from django.db import transaction
from django.dispatch import receiver
from oscar.apps.order.signals import order_status_changed
from oscar.core.loading import get_class

EventHandler = get_class("order.processing", "EventHandler")

CANCELLED = "Cancelled"


@receiver(order_status_changed, dispatch_uid="shop.partner.release_cancelled_allocations")
def release_cancelled_allocations(sender, order, old_status, new_status, **kwargs):
    if new_status != CANCELLED or old_status == CANCELLED:
        return
    with transaction.atomic():
        # Locked and read afresh: of two cancellations racing, the second finds nothing
        # left allocated. Oscar's line records what it still holds (``num_allocated``), so
        # a line already shipped, or already released, releases nothing more.
        lines = [
            line
            for line in order.lines.select_for_update().order_by("pk")
            if line.stockrecord_id and line.num_allocated and not line.allocation_cancelled
        ]
        if lines:
            EventHandler().cancel_stock_allocations(
                order, lines, [line.num_allocated for line in lines]
            )
