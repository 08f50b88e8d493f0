"""Oscar's order models with the few fields fulfilment needs (docs/fulfilment.md).

- ``Order.language``: the language the buyer checked out in, so the emails sent later
  (shipped, delivered) speak it too.
- ``ShippingEvent.tracking_number`` and ``carrier``: what the cooperative typed when it
  shipped lines; the buyer sees them next to each line.
- ``Line.shipment``: the shipping event that sent the line.
- ``Order.campaign``: the diaspora campaign the order is attributed to (its share link or
  its voucher, docs/campaigns.md).
- ``Order.set_status`` locks the order's row: every status change (dashboard, shipping
  events, cancellation) is decided on the status as committed, one at a time.
"""

from django.conf import settings
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from oscar.apps.order import exceptions
from oscar.apps.order.abstract_models import AbstractLine, AbstractOrder, AbstractShippingEvent

SHIPPED = "shipped"
DELIVERED = "delivered"
# The artisan says a line is made and packed: the cooperative manager collects it and ships
# it (shop/fulfilment/makers.py, docs/fulfilment.md).
READY_FOR_PICKUP = "ready-for-pickup"


class Order(AbstractOrder):
    language = models.CharField(
        _("language"),
        max_length=10,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language the buyer checked out in; their emails are written in it."),
    )
    campaign = models.ForeignKey(
        "stories.CampaignPage",
        verbose_name=_("campaign"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="orders",
        help_text=_("The diaspora campaign that brought this order (share link or voucher)."),
    )

    def lock(self):
        """Lock this order's row until the transaction ends; return its committed status."""
        return (
            type(self).objects.select_for_update().values_list("status", flat=True).get(pk=self.pk)
        )

    def set_status(self, new_status):
        """Oscar's status change, decided on the committed status, one change at a time.

        Two members of staff cancelling the same order at once both hold a copy saying
        "Pending": without the lock both would pass Oscar's check, each write a status
        change and release the stock. The second now waits for the first to commit, then is
        told the order changed meanwhile (Oscar's dashboard shows ``InvalidOrderStatus`` as
        an error and writes no note); a copy already up to date changes nothing twice.
        """
        with transaction.atomic():
            committed = self.lock()
            if committed != self.status:
                self.status = committed
                raise exceptions.InvalidOrderStatus(
                    _("Order %(number)s changed meanwhile: it is now “%(status)s”.")
                    % {"number": self.number, "status": _(committed)}
                )
            super().set_status(new_status)

    set_status.alters_data = True


class Line(AbstractLine):
    @property
    def shipment(self):
        """The latest "shipped" event for this line (prefetch ``shipping_events__event_type``)."""
        shipments = [e for e in self.shipping_events.all() if e.event_type.code == SHIPPED]
        return max(shipments, key=lambda event: event.date_created, default=None)


class ShippingEvent(AbstractShippingEvent):
    tracking_number = models.CharField(_("tracking number"), max_length=64, blank=True)
    carrier = models.CharField(_("carrier"), max_length=64, blank=True)


from oscar.apps.order.models import *  # noqa: E402, F403
