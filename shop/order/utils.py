"""Oscar's ``OrderCreator``, recording the language the buyer checked out in."""

from django.utils import translation
from oscar.apps.order import utils


class OrderCreator(utils.OrderCreator):
    def create_order_model(self, *args, **extra_order_fields):
        # The checkout runs under the buyer's language prefix (/ar/shop/checkout/…): later
        # emails (shipped) are written in it, whoever triggers them.
        extra_order_fields.setdefault("language", translation.get_language())
        return super().create_order_model(*args, **extra_order_fields)
