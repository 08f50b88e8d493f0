"""Oscar's order models with the few fields fulfilment needs (docs/fulfilment.md).

- ``Order.language``: the language the buyer checked out in, so the emails sent later
  (shipped, delivered) speak it too.
- ``ShippingEvent.tracking_number`` and ``carrier``: what the cooperative typed when it
  shipped lines; the buyer sees them next to each line.
- ``Line.shipment``: the shipping event that sent the line.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.order.abstract_models import AbstractLine, AbstractOrder, AbstractShippingEvent

SHIPPED = "shipped"
DELIVERED = "delivered"


class Order(AbstractOrder):
    language = models.CharField(
        _("language"),
        max_length=10,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language the buyer checked out in; their emails are written in it."),
    )


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
