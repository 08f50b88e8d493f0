import oscar.apps.order.apps as apps


class OrderConfig(apps.OrderConfig):
    """Oscar's order app, forked so an order remembers the buyer's language and a shipment
    its tracking number (see docs/fulfilment.md)."""

    name = "shop.order"

    def ready(self):
        super().ready()
        from . import receivers  # noqa: F401 (connects the receivers)
