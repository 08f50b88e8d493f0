"""Translated labels for the order and line statuses, which Oscar stores in English."""

from django.utils.translation import gettext_lazy as _

STATUS_LABELS = {
    "Pending": _("Pending"),
    "Awaiting payment": _("Awaiting payment"),
    "Paid": _("Paid"),
    "Being processed": _("Being processed"),
    "Shipped": _("Shipped"),
    "Delivered": _("Delivered"),
    "Cancelled": _("Cancelled"),
}


def status_label(status):
    return STATUS_LABELS.get(status, status)
