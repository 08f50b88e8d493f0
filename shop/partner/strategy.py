"""The shop's stock strategy: Oscar's default, except for pieces that are not public.

Oscar's basket takes any product id (``basket:add`` looks the product up with no regard to
``is_public``) and its default strategy sells whatever is in stock, so a hidden product —
awaiting approval, or a custom buyer's one-off piece (shop/questions) — could be bought by
anyone who guessed its id. Here a product that is not public is unavailable to a visitor,
except to the holder of its private link (recorded in their session by
``shop.questions.conversations.permit_private_piece``) and to staff. Without a request (seed
code, tasks, the order's own bookkeeping) nothing changes.
"""

from oscar.apps.partner import availability
from oscar.apps.partner import strategy as oscar_strategy


def _is_public(product):
    if product.parent_id is not None:
        return product.is_public and product.parent.is_public
    return product.is_public


class PrivatePiecesRequired:
    def availability_policy(self, product, stockrecord):
        policy = super().availability_policy(product, stockrecord)
        request = self.request
        if request is None or _is_public(product):
            return policy
        user = getattr(request, "user", None)
        if user is not None and user.is_staff:
            return policy
        from shop.questions.conversations import may_buy_private

        if may_buy_private(request, product):
            return policy
        return availability.Unavailable()


class Default(
    oscar_strategy.UseFirstStockRecord,
    PrivatePiecesRequired,
    oscar_strategy.StockRequired,
    oscar_strategy.NoTax,
    oscar_strategy.Structured,
):
    """Oscar's ``Default``, with hidden pieces kept to their private link's holder."""


class Selector(oscar_strategy.Selector):
    def strategy(self, request=None, user=None, **kwargs):
        return Default(request)
