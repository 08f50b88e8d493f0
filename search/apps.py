import oscar.apps.search.apps as apps


class SearchConfig(apps.SearchConfig):
    """Oscar's search app, forked under the label ``search`` (Wagtail search replaces it)."""

    name = "search"
