import oscar.apps.dashboard.orders.apps as apps
from oscar.core.loading import get_class


class OrdersDashboardConfig(apps.OrdersDashboardConfig):
    """Oscar's orders dashboard, forked so a cooperative manager sees and ships only the
    lines of their own cooperative (Oscar's issue #2324; docs/fulfilment.md)."""

    name = "shop.dashboard.orders"

    def configure_permissions(self):
        super().configure_permissions()
        DashboardPermission = get_class("dashboard.permissions", "DashboardPermission")
        # The delivery address is shared by every cooperative of the order, and the
        # statistics add up whole orders: staff only.
        self.permissions_map["order-shipping-address"] = (
            DashboardPermission.get("order", "change_order"),
        )
        self.permissions_map["order-stats"] = (DashboardPermission.get("order", "view_order"),)
