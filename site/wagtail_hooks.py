from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .translation_status import translation_status_view


@hooks.register("register_admin_urls")
def translation_status_urls():
    return [path("translation-status/", translation_status_view, name="tawiza_translation_status")]


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    return MenuItem(
        _("Translation status"), reverse("tawiza_translation_status"), icon_name="globe", order=900
    )


class ShopDashboardMenuItem(MenuItem):
    """The Oscar dashboard, for staff and cooperative managers; the session is shared."""

    def is_shown(self, request):
        user = request.user
        return user.is_staff or user.has_perm("partner.dashboard_access")


@hooks.register("register_admin_menu_item")
def oscar_dashboard_menu_item():
    return ShopDashboardMenuItem(_("Shop"), "/dashboard/", icon_name="cogs", order=10000)
