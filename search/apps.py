import oscar.apps.search.apps as apps
from django.urls import path


class SearchConfig(apps.SearchConfig):
    """Oscar's search app, forked under the label ``search``: Wagtail search replaces haystack.

    One results page over products and pages (``views.FacetedSearchView``), title
    suggestions for the search form, and the index kept up to date (``signals``).
    """

    name = "search"

    def ready(self):
        super().ready()
        from . import signals  # noqa: F401 (connects the index updates)

    def get_urls(self):
        from .views import suggest

        urlpatterns = [
            path("", self.search_view.as_view(), name="search"),
            path("suggest/", suggest, name="suggest"),
        ]
        return self.post_process_urls(urlpatterns)
