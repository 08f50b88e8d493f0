"""Product and category words in the Wagtail admin, where wagtail-localize translates them."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import CategoryText, ProductText


class ProductTextViewSet(SnippetViewSet):
    model = ProductText
    icon = "doc-full"
    menu_label = _("Product texts")
    list_display = ["title", "product", "locale"]
    list_filter = ["locale"]
    search_fields = ["title", "description"]


class CategoryTextViewSet(SnippetViewSet):
    model = CategoryText
    icon = "folder-inverse"
    menu_label = _("Category names")
    list_display = ["name", "category", "locale"]
    list_filter = ["locale"]


class CatalogueTextsGroup(SnippetViewSetGroup):
    menu_label = _("Catalogue texts")
    menu_icon = "globe"
    items = (ProductTextViewSet, CategoryTextViewSet)


register_snippet(CatalogueTextsGroup)
