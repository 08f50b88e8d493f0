import oscar.apps.dashboard.catalogue.apps as apps
from django.urls import path
from oscar.core.loading import get_class


class CatalogueDashboardConfig(apps.CatalogueDashboardConfig):
    """Oscar's catalogue dashboard, forked so that a cooperative manager edits their own
    cooperative's products (maker, weight, materials, care) and staff approve what managers
    add before buyers see it (shop/catalogue/approval.py, docs/product-approval.md)."""

    name = "shop.dashboard.catalogue"

    def ready(self):
        super().ready()
        self.product_approval_list_view = get_class(
            "dashboard.catalogue.views", "ProductApprovalListView"
        )
        self.product_approval_decision_view = get_class(
            "dashboard.catalogue.views", "ProductApprovalDecisionView"
        )
        self.import_view = get_class("dashboard.catalogue.imports", "CatalogueImportView")
        self.import_detail_view = get_class(
            "dashboard.catalogue.imports", "CatalogueImportDetailView"
        )

    def configure_permissions(self):
        super().configure_permissions()
        DashboardPermission = get_class("dashboard.permissions", "DashboardPermission")
        # Managers import into their own cooperative (the views keep them to it).
        for name in ("catalogue-import", "catalogue-import-detail"):
            self.permissions_map[name] = (
                DashboardPermission.get("catalogue", "add_product", "change_product"),
                DashboardPermission.partner_dashboard_access,
            )

    def get_urls(self):
        urls = [
            path(
                "products/awaiting-approval/",
                self.product_approval_list_view.as_view(),
                name="catalogue-product-approval-list",
            ),
            path(
                "products/<int:pk>/approval/",
                self.product_approval_decision_view.as_view(),
                name="catalogue-product-approval-decision",
            ),
            path("products/import/", self.import_view.as_view(), name="catalogue-import"),
            path(
                "products/import/<int:pk>/",
                self.import_detail_view.as_view(),
                name="catalogue-import-detail",
            ),
        ]
        # Not in permissions_map: approving keeps the app's default, staff only.
        return self.post_process_urls(urls) + super().get_urls()
