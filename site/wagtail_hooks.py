from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .locales import prime_locale
from .mail.views import UndeliveredEmailsView
from .mail.views import permission_policy as email_tasks_policy
from .models import SiteFooter
from .translation_status import translation_status_view


@hooks.register("register_admin_urls")
def translation_status_urls():
    return [path("translation-status/", translation_status_view, name="tawiza_translation_status")]


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    return MenuItem(
        _("Translation status"), reverse("tawiza_translation_status"), icon_name="globe", order=900
    )


@hooks.register("register_admin_urls")
def undelivered_emails_urls():
    return [
        path(
            "reports/undelivered-emails/",
            UndeliveredEmailsView.as_view(),
            name="tawiza_undelivered_emails",
        ),
        path(
            "reports/undelivered-emails/results/",
            UndeliveredEmailsView.as_view(results_only=True),
            name="tawiza_undelivered_emails_results",
        ),
    ]


class UndeliveredEmailsMenuItem(MenuItem):
    def is_shown(self, request):
        return email_tasks_policy.user_has_permission(request.user, "view")


@hooks.register("register_reports_menu_item")
def undelivered_emails_menu_item():
    return UndeliveredEmailsMenuItem(
        _("Undelivered emails"),
        reverse("tawiza_undelivered_emails"),
        icon_name="mail",
        order=950,
    )


class ShopDashboardMenuItem(MenuItem):
    """The Oscar dashboard, for staff and cooperative managers; the session is shared."""

    def is_shown(self, request):
        user = request.user
        return user.is_staff or user.has_perm("partner.dashboard_access")


@hooks.register("register_admin_menu_item")
def oscar_dashboard_menu_item():
    return ShopDashboardMenuItem(_("Shop"), "/dashboard/", icon_name="cogs", order=10000)


class SiteFooterViewSet(SnippetViewSet):
    """The footer of every page, one per language (site/models.py, docs/storefront.md)."""

    model = SiteFooter
    icon = "list-ul"
    menu_label = _("Footer")
    list_display = ["__str__", "locale", "contact_email", "contact_phone"]
    add_to_settings_menu = True


register_snippet(SiteFooterViewSet)


@hooks.register("before_serve_page")
def page_locale_from_memory(page, request, serve_args, serve_kwargs):
    """The served page's locale is read from memory, not fetched (site/locales.py)."""
    prime_locale(page)
