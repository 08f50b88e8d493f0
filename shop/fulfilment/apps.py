from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FulfilmentConfig(AppConfig):
    """Cooperatives fulfil their own lines of an order: the phone page, the forms and the
    emails shared with the forked orders dashboard (docs/fulfilment.md). No models: the
    records are Oscar's shipping events and line statuses (shop/order)."""

    name = "shop.fulfilment"
    verbose_name = _("Fulfilment")
