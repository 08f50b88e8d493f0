from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from shop.choosers import product_chooser_viewset

from . import views
from .pages import CampaignPage
from .permissions import associations_edited_by, is_diaspora_editor
from .snippets import DiasporaAssociation


class DiasporaAssociationViewSet(SnippetViewSet):
    model = DiasporaAssociation
    icon = "group"
    list_display = ["name", "city", "country", "locale"]
    search_fields = ["name", "city"]


register_snippet(DiasporaAssociationViewSet)


@hooks.register("register_admin_viewset")
def register_product_chooser():
    # The product chooser belongs to shop/, which Wagtail does not scan for hooks.
    return product_chooser_viewset


@hooks.register("construct_explorer_page_queryset")
def hide_other_associations_campaigns(parent_page, pages, request):
    """A diaspora editor's explorer lists their association's campaigns only."""
    if not is_diaspora_editor(request.user):
        return pages
    others = CampaignPage.objects.exclude(
        association__translation_key__in=associations_edited_by(request.user)
    )
    return pages.exclude(pk__in=others.values("pk"))


@hooks.register("register_admin_urls")
def campaign_report_urls():
    return [
        path("campaign-reports/", views.report_index, name="campaign_reports"),
        path("campaign-reports/<int:page_id>/", views.report, name="campaign_report"),
        path(
            "campaign-reports/<int:page_id>/<str:by>.csv",
            views.report_csv,
            name="campaign_report_csv",
        ),
    ]


class CampaignReportsMenuItem(MenuItem):
    """Staff, and diaspora editors (each sees only their association's campaigns there)."""

    def is_shown(self, request):
        user = request.user
        return user.is_staff or user.is_superuser or is_diaspora_editor(user)


@hooks.register("register_reports_menu_item")
def campaign_reports_menu_item():
    return CampaignReportsMenuItem(
        _("Campaign reports"), reverse("campaign_reports"), icon_name="doc-full", order=800
    )


@hooks.register("register_page_header_buttons")
def campaign_report_button(page, user, view_name, next_url=None):
    """The report, from the campaign's own page in the admin, to those who may read it."""
    if isinstance(page.specific_deferred, CampaignPage) and views.may_read_report(
        user, page.specific_deferred
    ):
        yield Button(
            _("Campaign report"), reverse("campaign_report", args=[page.pk]), icon_name="doc-full"
        )
