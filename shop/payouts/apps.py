from django.urls import path
from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig
from oscar.core.loading import get_class


class PayoutsConfig(OscarDashboardConfig):
    """What each cooperative earned and was paid: a report in Oscar's dashboard.

    Mounted at ``/dashboard/payouts/`` by ``tawiza.urls`` (docs/payouts.md). Staff see every
    cooperative and record payouts; a cooperative's manager (a partner user) reads the report
    of their own cooperative only.
    """

    label = "payouts"
    name = "shop.payouts"
    verbose_name = _("Payouts")
    namespace = "payouts"
    default_auto_field = "django.db.models.AutoField"
    default_permissions = ["is_staff"]

    def configure_permissions(self):
        DashboardPermission = get_class("dashboard.permissions", "DashboardPermission")
        readers = (DashboardPermission.staff, DashboardPermission.partner_dashboard_access)
        self.permissions_map = {
            "payouts-index": readers,
            "payouts-report": readers,
            "payouts-csv": readers,
        }

    def ready(self):
        from oscar.apps.order.signals import order_placed

        from . import sales

        order_placed.connect(sales.on_order_placed, dispatch_uid="payouts.sale_shares")
        self.configure_permissions()

    def get_urls(self):
        from . import views

        urls = [
            path("", views.PayoutIndexView.as_view(), name="payouts-index"),
            path("<int:partner_pk>/", views.CooperativeReportView.as_view(), name="payouts-report"),
            path("<int:partner_pk>/csv/", views.CooperativeCsvView.as_view(), name="payouts-csv"),
            path(
                "<int:partner_pk>/record/",
                views.PayoutCreateView.as_view(),
                name="payouts-payout-create",
            ),
            path(
                "payout/<int:pk>/", views.PayoutUpdateView.as_view(), name="payouts-payout-update"
            ),
        ]
        return self.post_process_urls(urls)
