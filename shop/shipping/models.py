"""Oscar's shipping app, forked for its repository (zones), its scale (the product's weight)
and the delivery estimate each zone promises.

The methods themselves are Oscar's weight-based methods, one per zone, edited with their
weight bands, countries and delivery estimate in the Oscar dashboard (Shipping). See
docs/shop.md and docs/checkout.md.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.shipping import abstract_models

from .estimates import DeliveryEstimate


class WeightBased(abstract_models.AbstractWeightBased):
    """A shipping zone: its weight bands, its countries, and how long a parcel takes."""

    delivery_days_min = models.PositiveSmallIntegerField(
        _("delivery from (working days)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(90)],
        help_text=_("Fewest working days from dispatch to the buyer's door. Empty: no estimate."),
    )
    delivery_days_max = models.PositiveSmallIntegerField(
        _("delivery up to (working days)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(90)],
        help_text=_("Most working days a parcel may take. Empty: the same as the fewest."),
    )

    class Meta(abstract_models.AbstractWeightBased.Meta):
        pass

    def clean(self):
        super().clean()
        if (
            self.delivery_days_min
            and self.delivery_days_max
            and self.delivery_days_max < self.delivery_days_min
        ):
            from django.core.exceptions import ValidationError

            raise ValidationError(
                {"delivery_days_max": _("This cannot be fewer days than the first figure.")}
            )

    @property
    def delivery_estimate(self) -> DeliveryEstimate | None:
        return DeliveryEstimate.between(self.delivery_days_min, self.delivery_days_max)


from oscar.apps.shipping.models import *  # noqa: E402, F403
