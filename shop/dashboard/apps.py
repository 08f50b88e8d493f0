import oscar.apps.dashboard.apps as apps


class DashboardConfig(apps.DashboardConfig):
    """Oscar's dashboard, forked only so that Oscar's class loader finds our forked
    ``shop.dashboard.orders`` (it looks for dashboard sub-apps under the dashboard app)."""

    name = "shop.dashboard"
