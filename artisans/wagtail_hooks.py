from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .snippets import Craft, Region


class CraftViewSet(SnippetViewSet):
    model = Craft
    icon = "pick"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


register_snippet(CraftViewSet)
register_snippet(RegionViewSet)
