"""How a price splits between the cooperative and the platform (the "fair share").

The split is computed from the cooperative's fee rate (``CooperativePage.fee_rate``), never
typed: the platform's share is the price times the rate, rounded half-up to the centime, and
the cooperative receives the rest, so the two shares always add up to the price.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings

CENT = Decimal("0.01")


@dataclass(frozen=True)
class FairShare:
    price: Decimal
    fee_rate: Decimal
    platform: Decimal
    cooperative: Decimal
    currency: str = ""

    @property
    def fee_percent(self) -> Decimal:
        return (self.fee_rate * 100).normalize()

    def __add__(self, other: "FairShare") -> "FairShare":
        rate = self.fee_rate if self.fee_rate == other.fee_rate else None
        return FairShare(
            price=self.price + other.price,
            fee_rate=rate,
            platform=self.platform + other.platform,
            cooperative=self.cooperative + other.cooperative,
            currency=self.currency or other.currency,
        )


def split(price, fee_rate, currency="") -> FairShare:
    """The platform's and the cooperative's shares of ``price`` at ``fee_rate`` (0.08 = 8 %)."""
    price = Decimal(price).quantize(CENT, rounding=ROUND_HALF_UP)
    fee_rate = Decimal(fee_rate)
    platform = (price * fee_rate).quantize(CENT, rounding=ROUND_HALF_UP)
    return FairShare(
        price=price,
        fee_rate=fee_rate,
        platform=platform,
        cooperative=price - platform,
        currency=currency,
    )


def fee_rate_of(partner):
    """The fee rate of the cooperative selling as ``partner`` (its French page's), else None."""
    if partner is None:
        return None
    pages = partner.cooperative_pages.all()
    page = pages.filter(locale__language_code=settings.LANGUAGE_CODE).first() or pages.first()
    return page.fee_rate if page is not None else None


def product_share(product, price=None):
    """The split of ``product``'s price (or of ``price``), or None when it is not for sale."""
    stockrecord = product.stockrecords.select_related("partner").first()
    if stockrecord is None or stockrecord.price is None:
        return None
    rate = fee_rate_of(stockrecord.partner)
    if rate is None:
        return None
    return split(stockrecord.price if price is None else price, rate, stockrecord.price_currency)


def basket_share(basket):
    """The split of the basket's lines (shipping excluded), summed per line; None if empty."""
    total = None
    for line in basket.all_lines():
        if line.stockrecord is None:
            continue
        rate = fee_rate_of(line.stockrecord.partner)
        if rate is None:
            continue
        share = split(line.line_price_incl_tax_incl_discounts, rate, basket.currency)
        total = share if total is None else total + share
    return total
