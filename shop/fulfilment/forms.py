"""The forms a cooperative manager (or staff) uses to ship and deliver lines.

Shared by the phone page (shop/fulfilment/views.py) and the orders dashboard
(shop/dashboard/orders/views.py). The lines offered are only those the user may act on, so a
guessed line id of another cooperative is refused as an invalid choice.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.apps.order.exceptions import InvalidShippingEvent
from oscar.core.loading import get_class, get_model

from shop.fulfilment.statuses import status_label
from shop.order.models import DELIVERED, SHIPPED

EventHandler = get_class("order.processing", "EventHandler")
ShippingEventType = get_model("order", "ShippingEventType")


class LineChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, line):
        label = f"{line.title} × {line.quantity}"
        if line.status == "Ready for pickup":  # the artisan has it packed (docs/fulfilment.md)
            label = f"{label} — {status_label(line.status)}"
        return label


class LinesEventForm(forms.Form):
    """Record one shipping event (``event_code``) for the chosen lines of ``order``."""

    event_code = None

    lines = LineChoiceField(
        label=_("Pieces"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Choose at least one piece."),
            "invalid_choice": _("One of the chosen pieces is not yours to handle."),
            "invalid_pk_value": _("One of the chosen pieces is not yours to handle."),
        },
    )

    def __init__(self, *args, order, lines, **kwargs):
        super().__init__(*args, **kwargs)
        self.order = order
        self.fields["lines"].queryset = lines

    def event_details(self):
        return {}

    def save(self, user):
        """Record the event; on a refusal (e.g. an unpaid transfer) add the reason and
        return None."""
        lines = list(self.cleaned_data["lines"])
        event_type = ShippingEventType.objects.get(code=self.event_code)
        try:
            return EventHandler(user=user).handle_shipping_event(
                self.order,
                event_type,
                lines,
                [line.quantity for line in lines],
                **self.event_details(),
            )
        except InvalidShippingEvent as refusal:
            self.add_error(None, str(refusal))
            return None


class ShipLinesForm(LinesEventForm):
    event_code = SHIPPED

    tracking_number = forms.CharField(
        label=_("Tracking number"),
        max_length=64,
        error_messages={
            "required": _("Enter the tracking number the carrier gave you."),
            "max_length": _("A tracking number has at most %(limit_value)d characters."),
        },
    )
    carrier = forms.CharField(
        label=_("Carrier"),
        max_length=64,
        required=False,
        help_text=_("For example Amana, CTM Messagerie, DHL."),
        error_messages={
            "max_length": _("A carrier's name has at most %(limit_value)d characters.")
        },
    )

    def __init__(self, *args, prefix=None, **kwargs):
        super().__init__(*args, prefix=prefix, **kwargs)
        # A line is shipped whether or not its artisan marked it ready for pickup first.
        self.fields["lines"].queryset = self.fields["lines"].queryset.filter(
            status__in=("Pending", "Ready for pickup")
        )

    def event_details(self):
        number = self.cleaned_data["tracking_number"]
        return {
            "tracking_number": number,
            "carrier": self.cleaned_data["carrier"],
            "reference": number,
        }


class DeliverLinesForm(LinesEventForm):
    event_code = DELIVERED

    def __init__(self, *args, prefix=None, **kwargs):
        super().__init__(*args, prefix=prefix, **kwargs)
        self.fields["lines"].queryset = self.fields["lines"].queryset.filter(status="Shipped")
