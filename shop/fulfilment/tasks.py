"""Fulfilment emails, written in the background, each in its reader's language.

Queued once the change is committed (shop/order/processing.py, shop/order/receivers.py).
Each message is then queued on its own (``tawiza.mail``): a mail server that is down delays
it, retried later, and the shipment or the order stands; a manager who already got their
notice is not sent it twice when another's delivery is retried (docs/emails.md).
"""

from django.conf import settings
from django.contrib.sites.models import Site
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task
from oscar.core.loading import get_model

from shop.fulfilment.cooperatives import preferred_language

Order = get_model("order", "Order")
Partner = get_model("partner", "Partner")
ShippingEvent = get_model("order", "ShippingEvent")


def send_email(to, subject, template, context):
    """Plain text and HTML from ``<template>.txt`` and ``<template>.html``."""
    context = {**context, "site": Site.objects.get_current(), "subject": subject}
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"{template}.txt", context),
        from_email=settings.OSCAR_FROM_EMAIL,
        to=[to],
    )
    message.attach_alternative(render_to_string(f"{template}.html", context), "text/html")
    message.send()


def buyer_order_path(order):
    try:
        if order.user_id:
            return reverse("customer:order", kwargs={"order_number": order.number})
        return reverse(
            "customer:anon-order",
            kwargs={"order_number": order.number, "hash": order.verification_hash()},
        )
    except NoReverseMatch:
        return ""


@task()
def send_shipped_email(event_id: int):
    event = ShippingEvent.objects.select_related("order__user").get(pk=event_id)
    order = event.order
    if not order.email:
        return
    with translation.override(order.language or settings.LANGUAGE_CODE):
        send_email(
            order.email,
            _("Your order %(number)s is on its way") % {"number": order.number},
            "shop/fulfilment/emails/shipped",
            {
                "order": order,
                "event": event,
                "lines": event.lines.order_by("pk"),
                "status_path": buyer_order_path(order),
            },
        )


@task()
def send_new_order_notices(order_id: int):
    """One notice per manager of each cooperative in the order, listing only its lines."""
    order = Order.objects.select_related("shipping_address__country").get(pk=order_id)
    partners = Partner.objects.filter(order_lines__order=order).distinct().prefetch_related("users")
    for partner in partners:
        lines = order.lines.filter(partner=partner).order_by("pk")
        for manager in partner.users.all():
            if not (manager.is_active and manager.email):
                continue
            with translation.override(preferred_language(manager)):
                send_email(
                    manager.email,
                    _("New order %(number)s for %(cooperative)s")
                    % {"number": order.number, "cooperative": partner.name},
                    "shop/fulfilment/emails/new_order",
                    {
                        "order": order,
                        "partner": partner,
                        "manager": manager,
                        "lines": lines,
                        "subtotal": sum(line.line_price_incl_tax for line in lines),
                        "orders_path": reverse("fulfilment:orders"),
                    },
                )


@task()
def send_ready_for_pickup_notices(event_id: int):
    """An artisan marked pieces ready: each manager of their cooperative hears of it, in
    their own language, with a link to the phone page where they ship them."""
    event = ShippingEvent.objects.select_related("order").get(pk=event_id)
    order = event.order
    lines = list(event.lines.select_related("partner", "product__artisan").order_by("pk"))
    partners = {line.partner_id: line.partner for line in lines if line.partner_id}
    for partner in partners.values():
        own = [line for line in lines if line.partner_id == partner.pk]
        makers = sorted(
            {line.product.artisan.title for line in own if line.product and line.product.artisan}
        )
        for manager in partner.users.all():
            if not (manager.is_active and manager.email):
                continue
            with translation.override(preferred_language(manager)):
                send_email(
                    manager.email,
                    _("Ready for pickup: order %(number)s") % {"number": order.number},
                    "shop/fulfilment/emails/ready_for_pickup",
                    {
                        "order": order,
                        "partner": partner,
                        "lines": own,
                        "makers": ", ".join(makers),
                        "orders_path": f"{reverse('fulfilment:orders')}#order-{order.number}",
                    },
                )
