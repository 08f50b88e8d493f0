import oscar.apps.dashboard.shipping.apps as apps


class ShippingDashboardConfig(apps.ShippingDashboardConfig):
    """Oscar's shipping dashboard, forked so staff edit each zone's delivery estimate
    (shop/shipping/estimates.py, docs/checkout.md)."""

    name = "shop.dashboard.shipping"
