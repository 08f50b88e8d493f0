"""Each cooperative hears of a new order once it is committed (shop/fulfilment/tasks.py)."""

import logging

from django.db import transaction
from django.dispatch import receiver
from oscar.apps.order.signals import order_placed

logger = logging.getLogger(__name__)


@receiver(order_placed)
def notify_cooperatives(sender, order, **kwargs):
    transaction.on_commit(lambda: queue_new_order_notices(order.pk))


def queue_new_order_notices(order_id):
    from shop.fulfilment.tasks import send_new_order_notices

    try:
        send_new_order_notices.enqueue(order_id)
    except Exception:
        logger.exception("Order %s: could not queue the cooperatives' notices", order_id)
