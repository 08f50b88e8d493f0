"""The order confirmation email, written in the background in the buyer's language.

The order is committed before the task is queued. The message this task writes is queued in
turn (``tawiza.mail``): a mail server that is down delays it, retried later, and never
loses or reopens the order (docs/emails.md).
"""

import logging

from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django_tasks import task
from oscar.core.loading import get_class, get_model

Order = get_model("order", "Order")
OrderDispatcher = get_class("order.utils", "OrderDispatcher")

logger = logging.getLogger(__name__)


@task()
def send_order_confirmation(order_id: int, language: str):
    from shop.checkout.views import payment_context

    order = Order.objects.select_related("user").get(pk=order_id)
    with translation.override(language):
        context = {
            "user": order.user,
            "order": order,
            "lines": order.lines.all(),
            **payment_context(order),
        }
        try:
            if order.user_id:
                path = reverse("customer:order", kwargs={"order_number": order.number})
            else:
                path = reverse(
                    "customer:anon-order",
                    kwargs={"order_number": order.number, "hash": order.verification_hash()},
                )
        except NoReverseMatch:
            path = None
        if path:
            context["status_path"] = path
        OrderDispatcher(logger=logger).send_order_placed_email_for_user(order, context)
