import oscar.apps.checkout.apps as apps


class CheckoutConfig(apps.CheckoutConfig):
    """Oscar's checkout, forked to let the buyer choose how to pay (``shop.payment``) and to
    place orders safely when several buyers want the last piece (see docs/shop.md)."""

    name = "shop.checkout"
