from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from shop.choosers import product_chooser_viewset

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
