"""Who may review a product: a signed-in buyer who received it, once.

"Received" means one of their order lines for the product has the line status
``Delivered`` (``OSCAR_LINE_STATUS_PIPELINE``), which the cooperative sets when the parcel
arrives. Guest orders have no account to sign the review with, so they give no right to it.
"""

from oscar.core.loading import get_model

Line = get_model("order", "Line")

DELIVERED = "Delivered"


def has_received(user, product) -> bool:
    if not user.is_authenticated:
        return False
    return Line.objects.filter(order__user=user, product=product, status=DELIVERED).exists()


def may_review(user, product) -> bool:
    return has_received(user, product) and not product.has_review_by(user)
