"""Oscar's catalogue, forked so that every product names the artisan who made it.

The artisan (an ``ArtisanPage``, in the source language) in turn belongs to a cooperative,
which is the product's seller. Product text stays in French on the product itself.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.catalogue.abstract_models import AbstractProduct


class Product(AbstractProduct):
    artisan = models.ForeignKey(
        "artisans.ArtisanPage",
        verbose_name=_("artisan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="products",
        help_text=_("Who made this piece. Choose the artisan's French page."),
    )

    class Meta(AbstractProduct.Meta):
        app_label = "catalogue"


from oscar.apps.catalogue.models import *  # noqa: E402, F403
