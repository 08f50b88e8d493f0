from django.urls import path
from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig
from oscar.core.loading import get_class


class QuestionsConfig(OscarDashboardConfig):
    """Buyers' questions to a maker and requests for custom pieces (docs/questions.md).

    The buyer's pages and the artisan's phone pages are plain views under ``/<lang>/``
    (``shop/questions/urls.py``); this config mounts the cooperative managers' pages in Oscar's
    dashboard at ``/dashboard/questions/`` (``tawiza.urls``), for staff and partner users.
    """

    label = "questions"
    name = "shop.questions"
    verbose_name = _("Questions")
    namespace = "questions_dashboard"
    default_auto_field = "django.db.models.BigAutoField"
    default_permissions = ["is_staff"]

    def ready(self):
        DashboardPermission = get_class("dashboard.permissions", "DashboardPermission")
        readers = (DashboardPermission.staff, DashboardPermission.partner_dashboard_access)
        self.permissions_map = {
            "questions-list": readers,
            "questions-detail": readers,
        }

    def get_urls(self):
        from . import dashboard_views as views

        urls = [
            path("", views.ConversationListView.as_view(), name="questions-list"),
            path("<int:pk>/", views.ConversationDetailView.as_view(), name="questions-detail"),
        ]
        return self.post_process_urls(urls)
