"""Freeze each order line's fair share when the order is placed (Oscar's ``order_placed``)."""

import logging

from shop.fairshare import fee_rate_of, split

from .models import SaleShare

logger = logging.getLogger("tawiza.payouts")


def share_of_line(line):
    """An unsaved ``SaleShare`` for ``line`` at its cooperative's fee rate now, else None."""
    rate = fee_rate_of(line.partner)
    if rate is None:
        logger.warning("Order %s line %s has no cooperative fee rate", line.order.number, line.pk)
        return None
    share = split(line.line_price_incl_tax, rate, line.order.currency)
    return SaleShare(
        line=line,
        partner=line.partner,
        fee_rate=share.fee_rate,
        price=share.price,
        platform_fee=share.platform,
        cooperative_share=share.cooperative,
        currency=share.currency,
    )


def record_sale_shares(order):
    """Record the split of every line of ``order`` not yet recorded."""
    lines = order.lines.select_related("partner", "order").filter(sale_share__isnull=True)
    shares = [share for share in map(share_of_line, lines) if share is not None]
    SaleShare.objects.bulk_create(shares)
    return shares


def on_order_placed(sender, order, **kwargs):
    # Runs inside the checkout's transaction: the order and its shares are saved together.
    record_sale_shares(order)
