from django.urls import path
from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig
from oscar.core.loading import get_class


class MakerReviewDashboardConfig(OscarDashboardConfig):
    """What the cooperative's artisans sent from their phones, for its manager to check.

    Mounted at ``/dashboard/makers/`` by ``tawiza.urls`` (docs/self-service.md). A manager (a
    partner user) sees the artisans of their own cooperative; staff see every one.
    """

    label = "maker_review"
    name = "artisans.review"
    verbose_name = _("Artisans' changes")
    namespace = "maker_review"
    default_permissions = ["is_staff"]

    def configure_permissions(self):
        DashboardPermission = get_class("dashboard.permissions", "DashboardPermission")
        reviewers = (DashboardPermission.staff, DashboardPermission.partner_dashboard_access)
        self.permissions_map = {
            "review-list": reviewers,
            "review-product": reviewers,
            "review-profile": reviewers,
        }

    def ready(self):
        self.configure_permissions()

    def get_urls(self):
        from . import views

        urls = [
            path("", views.ReviewListView.as_view(), name="review-list"),
            path("products/<int:pk>/", views.ProductDecisionView.as_view(), name="review-product"),
            path("profiles/<int:pk>/", views.ProfileDecisionView.as_view(), name="review-profile"),
        ]
        return self.post_process_urls(urls)
