"""Which shipping methods a basket may use: by the zone of the shipping address's country.

A zone is one of Oscar's weight-based methods: those that list the address's country
(Morocco, Europe) come first; a method that lists no country covers the rest of the world.
Above the free-shipping threshold staff set in the Wagtail admin (Settings → Shop), the
zone's method is replaced by free shipping.
"""

from decimal import Decimal

from django.utils.translation import gettext_lazy as _
from oscar.apps.shipping import methods, repository
from oscar.core.loading import get_model

from .zones import zone_name

WeightBased = get_model("shipping", "WeightBased")

# The basket page shows an estimate before the buyer gives an address: to Morocco.
HOME_COUNTRY = "MA"


class FreeShipping(methods.Free):
    code = "free-shipping"
    name = _("Free shipping")

    def __init__(self, zone=None):
        super().__init__()
        # Free shipping travels as fast as the zone's own parcels.
        self.delivery_estimate = zone.delivery_estimate if zone is not None else None


class Repository(repository.Repository):
    def get_available_shipping_methods(self, basket, shipping_addr=None, **kwargs):
        country = shipping_addr.country_id if shipping_addr is not None else HOME_COUNTRY
        zone_methods = self.methods_for_country(country)
        if not zone_methods:
            return []
        if self.ships_free(basket, kwargs.get("request")):
            return [FreeShipping(zone_methods[0])]
        return zone_methods

    def methods_for_country(self, country_code):
        """The weight-based methods listing ``country_code``, else those listing no country."""
        listing = list(WeightBased.objects.filter(countries__iso_3166_1_a2=country_code))
        zone_methods = listing or list(WeightBased.objects.filter(countries__isnull=True))
        for method in zone_methods:
            # Named in the buyer's language for the basket and checkout pages, and for the
            # order, which records the name the buyer saw beside the zone's code. These
            # instances are only read, never saved: the French name stays in the database.
            method.name = zone_name(method.code, method.name)
        return zone_methods

    def ships_free(self, basket, request=None):
        threshold = free_shipping_threshold(request)
        return threshold is not None and basket.total_incl_tax >= threshold


def delivery_estimate_for_country(country_code):
    """The delivery estimate of the zone shipping to ``country_code`` (None if it has none)."""
    zone_methods = Repository().methods_for_country(country_code)
    return zone_methods[0].delivery_estimate if zone_methods else None


def free_shipping_threshold(request=None) -> Decimal | None:
    """The shop's threshold; given the request, its settings are read once per request
    (Wagtail keeps them on it for the basket's other questions)."""
    from shop.checkout.models import ShopSettings

    return ShopSettings.load(request).free_shipping_threshold
