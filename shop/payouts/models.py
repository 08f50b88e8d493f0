"""What each cooperative earned, as frozen when it sold, and what it has been paid.

``SaleShare`` copies the fair share of an order line at the moment the order is placed, so a
later change of the cooperative's fee rate never rewrites what it earned before.
``Payout`` is a transfer staff made to a cooperative, recorded by hand in the dashboard.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from shop.fairshare import CENT, FairShare


class SaleShare(models.Model):
    """The split of one order line between its cooperative and the platform, at sale time."""

    line = models.OneToOneField(
        "order.Line", on_delete=models.CASCADE, related_name="sale_share", verbose_name=_("line")
    )
    # Money owed to a cooperative outlives any edit of the partner: it cannot be deleted.
    partner = models.ForeignKey(
        "partner.Partner",
        on_delete=models.PROTECT,
        related_name="sale_shares",
        verbose_name=_("cooperative"),
    )
    fee_rate = models.DecimalField(_("platform fee rate"), max_digits=4, decimal_places=3)
    price = models.DecimalField(_("price paid"), max_digits=12, decimal_places=2)
    platform_fee = models.DecimalField(_("platform fee"), max_digits=12, decimal_places=2)
    cooperative_share = models.DecimalField(
        _("cooperative's share"), max_digits=12, decimal_places=2
    )
    currency = models.CharField(_("currency"), max_length=12)

    class Meta:
        verbose_name = _("sale share")
        verbose_name_plural = _("sale shares")

    def __str__(self):
        return f"{self.line} ({self.partner})"

    def refunded_part(self, quantity: int) -> FairShare:
        """The part of this sale given back when ``quantity`` of the line's units are refunded.

        The buyer gets the units' price back; the platform returns its fee on them and the
        cooperative the rest, pro rata. A refund of the whole line undoes the sale exactly.
        """
        units = self.line.quantity
        if quantity >= units:
            price, platform = self.price, self.platform_fee
        else:
            ratio = Decimal(quantity) / Decimal(units)
            price = (self.price * ratio).quantize(CENT, rounding=ROUND_HALF_UP)
            platform = (self.platform_fee * ratio).quantize(CENT, rounding=ROUND_HALF_UP)
        return FairShare(
            price=price,
            fee_rate=self.fee_rate,
            platform=platform,
            cooperative=price - platform,
            currency=self.currency,
        )


class Payout(models.Model):
    """Money transferred to a cooperative (a bank transfer, a cheque), recorded by staff."""

    partner = models.ForeignKey(
        "partner.Partner",
        on_delete=models.PROTECT,
        related_name="payouts",
        verbose_name=_("cooperative"),
    )
    paid_on = models.DateField(_("paid on"))
    amount = models.DecimalField(
        _("amount"),
        max_digits=12,
        decimal_places=2,
        validators=[MinValueValidator(CENT)],
    )
    currency = models.CharField(
        _("currency"), max_length=12, default=settings.OSCAR_DEFAULT_CURRENCY, editable=False
    )
    reference = models.CharField(
        _("reference"), max_length=128, help_text=_("The bank transfer's or cheque's reference.")
    )
    note = models.TextField(_("note"), blank=True, max_length=2000)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["-paid_on", "-pk"]
        verbose_name = _("payout")
        verbose_name_plural = _("payouts")

    def __str__(self):
        return f"{self.partner} {self.paid_on} {self.amount} {self.currency}"
