"""Translated labels for the order and line statuses, which Oscar stores in English."""

from django.utils.translation import gettext_lazy as _

STATUS_LABELS = {
    "Pending": _("Pending"),
    "Awaiting payment": _("Awaiting payment"),
    "Paid": _("Paid"),
    "Being processed": _("Being processed"),
    "Ready for pickup": _("Ready for pickup"),
    "Shipped": _("Shipped"),
    "Delivered": _("Delivered"),
    "Cancelled": _("Cancelled"),
}

# What the buyer reads instead: "ready for pickup" is the cooperative's word (the manager
# collects the piece from its artisan); a buyer would think they must fetch it themselves.
BUYER_STATUS_LABELS = {
    **STATUS_LABELS,
    "Ready for pickup": _("Ready, soon shipped"),
}


def status_label(status):
    return STATUS_LABELS.get(status, status)


def buyer_status_label(status):
    return BUYER_STATUS_LABELS.get(status, status)
