"""The shop's settings staff change in the Wagtail admin (Settings → Shop).

Oscar's checkout has no models of its own; these live here because checkout is where they
are used: the free-shipping threshold, the bank details shown to buyers paying by bank
transfer, and the exchange rates behind the indicative prices in euros and dollars.
"""

from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="cog")
class ShopSettings(BaseGenericSetting):
    free_shipping_threshold = models.DecimalField(
        _("free shipping from (MAD)"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("Baskets worth at least this much ship free. Empty: never free."),
    )
    bank_name = models.CharField(_("bank name"), max_length=100, blank=True)
    bank_account_holder = models.CharField(_("account holder"), max_length=150, blank=True)
    bank_rib = models.CharField(
        _("RIB"),
        max_length=40,
        blank=True,
        help_text=_("Moroccan bank account number (24 digits)."),
    )
    bank_iban = models.CharField(_("IBAN"), max_length=40, blank=True)
    bank_swift = models.CharField(_("BIC / SWIFT"), max_length=11, blank=True)
    eur_rate = models.DecimalField(
        _("MAD per euro"),
        max_digits=8,
        decimal_places=4,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.0001"))],
        help_text=_("Used for indicative prices in euros. Empty: not shown."),
    )
    usd_rate = models.DecimalField(
        _("MAD per US dollar"),
        max_digits=8,
        decimal_places=4,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.0001"))],
        help_text=_("Used for indicative prices in dollars. Empty: not shown."),
    )

    panels = [
        FieldPanel("free_shipping_threshold"),
        MultiFieldPanel(
            [
                FieldPanel("bank_name"),
                FieldPanel("bank_account_holder"),
                FieldPanel("bank_rib"),
                FieldPanel("bank_iban"),
                FieldPanel("bank_swift"),
            ],
            heading=_("Bank transfer"),
        ),
        MultiFieldPanel(
            [FieldPanel("eur_rate"), FieldPanel("usd_rate")], heading=_("Exchange rates")
        ),
    ]

    class Meta:
        verbose_name = _("shop")

    @property
    def has_bank_details(self):
        return bool(self.bank_account_holder and (self.bank_rib or self.bank_iban))
