from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .snippets import DiasporaAssociation


class DiasporaAssociationViewSet(SnippetViewSet):
    model = DiasporaAssociation
    icon = "group"
    list_display = ["name", "city", "country", "locale"]
    search_fields = ["name", "city"]


register_snippet(DiasporaAssociationViewSet)
