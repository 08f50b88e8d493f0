"""``{% product_fair_share product as share %}`` and ``{% basket_fair_share basket as share %}``."""

from django import template

from shop import fairshare

register = template.Library()


@register.simple_tag
def product_fair_share(product):
    return fairshare.product_share(product)


@register.simple_tag
def basket_fair_share(basket):
    return fairshare.basket_share(basket)


@register.simple_tag(takes_context=True)
def product_indicative_prices(context, product):
    """The product's price in euros and dollars at the shop's rates: [(currency, amount)]."""
    from shop.checkout.models import ShopSettings
    from shop.exchange import indicative_prices

    stockrecord = product.stockrecords.first()
    if stockrecord is None or stockrecord.price_currency != "MAD":
        return []
    return indicative_prices(stockrecord.price, ShopSettings.load(context.get("request")))


@register.simple_tag
def order_fair_share(order):
    """The split of a placed order's goods, as frozen when it was placed (shop/payouts)."""
    from shop.fairshare import FairShare
    from shop.payouts.models import SaleShare

    total = None
    for recorded in SaleShare.objects.filter(line__order=order):
        share = FairShare(
            price=recorded.price,
            fee_rate=recorded.fee_rate,
            platform=recorded.platform_fee,
            cooperative=recorded.cooperative_share,
            currency=recorded.currency,
        )
        total = share if total is None else total + share
    return total
