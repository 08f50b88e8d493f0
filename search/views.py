"""Site search and catalogue browsing, replacing Oscar's haystack views.

Search runs on Wagtail's search backend (``search.engine``). Browsing the catalogue (all
products, a category) needs no words to match, so it stays a plain, paginated ORM query.
"""

import logging
from urllib.parse import unquote

from django.conf import settings
from django.contrib import messages
from django.core.paginator import InvalidPage, Paginator
from django.http import Http404, HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView
from oscar.core.loading import get_model
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.search.utils import normalise_query_string

from shop.catalogue.texts import localized_category_name

from .engine import (
    FACETS,
    KIND_LABELS,
    PRICE_BANDS,
    SORTS,
    STOCK_LABELS,
    SearchUnavailable,
    SiteSearch,
    autocomplete_titles,
    facet_counts,
    filter_hits,
    selected_facets,
    sort_hits,
)
from .text import clean_query, display_query

logger = logging.getLogger("tawiza")

Product = get_model("catalogue", "Product")
ProductText = get_model("catalogue", "ProductText")
Category = get_model("catalogue", "Category")


def browsable_products():
    """Public, browsable products with what their cards need, in a fixed number of queries."""
    return (
        Product.objects.browsable()
        .filter(is_public=True)
        .select_related("product_class")
        .prefetch_related("texts__locale", "images", "stockrecords__partner", "children")
        .order_by("-date_created", "-pk")
    )


class ProductResult:
    """What Oscar's results template reads from a haystack result: ``result.object``."""

    def __init__(self, product):
        self.object = product


class CatalogueView(TemplateView):
    """All products, newest first, paginated."""

    template_name = "oscar/catalogue/browse.html"

    def get_products(self):
        return browsable_products()

    def get_summary(self):
        return _("All products")

    def invalid_page_redirect(self):
        return redirect("catalogue:index")

    def get(self, request, *args, **kwargs):
        paginator = Paginator(self.get_products(), settings.OSCAR_PRODUCTS_PER_PAGE)
        try:
            page = paginator.page(request.GET.get("page") or 1)
        except InvalidPage:
            messages.error(request, _("The given page number was invalid."))
            return self.invalid_page_redirect()
        context = self.get_context_data(
            products=[ProductResult(product) for product in page.object_list],
            page_obj=page,
            paginator=paginator,
            summary=self.get_summary(),
        )
        return self.render_to_response(context)


class ProductCategoryView(CatalogueView):
    """The products of a category and of its subcategories."""

    template_name = "oscar/catalogue/category.html"

    def dispatch(self, request, *args, **kwargs):
        self.category = get_object_or_404(Category, pk=kwargs["pk"])
        if not (self.category.is_public or request.user.is_staff):
            raise Http404
        expected_path = self.category.get_absolute_url()
        if unquote(expected_path) != unquote(request.path):
            return HttpResponsePermanentRedirect(expected_path)
        return super().dispatch(request, *args, **kwargs)

    def get_products(self):
        categories = self.category.get_descendants_and_self()
        return browsable_products().filter(categories__in=categories).distinct()

    def get_summary(self):
        return localized_category_name(self.category)

    def invalid_page_redirect(self):
        return redirect(self.category.get_absolute_url())

    def get_context_data(self, **kwargs):
        return super().get_context_data(category=self.category, **kwargs)


class FacetedSearchView(TemplateView):
    """``/<lang>/search/?q=``: products and pages in the visitor's language, with facets.

    Keeps Oscar's name so Oscar's search app (forked here) serves it. Wagtail's search
    backend finds the matches (``search.engine``); a backend that does not answer gives a
    polite page with status 503 rather than an error.
    """

    template_name = "search/results.html"
    paginate_by = 20

    def get(self, request, *args, **kwargs):
        raw = request.GET.get("q", "")
        query = clean_query(raw)
        shown = display_query(raw)
        sort = request.GET.get("sort", "relevance")
        if sort not in SORTS:
            sort = "relevance"
        selected = selected_facets(request.GET)
        context = {
            "query": shown,
            "q": shown,
            "sort": sort,
            "sorts": SORTS.items(),
            "selected": selected,
            "search_unavailable": False,
            "promotions": promotions_for(shown) if shown else [],
        }
        status = 200
        hits = []
        search = None
        if query:
            search = SiteSearch(query, get_language_code(), request.strategy)
            try:
                hits = search.hits()
            except SearchUnavailable:
                logger.warning("Search backend unavailable", exc_info=True)
                context["search_unavailable"] = True
                status = 503
            else:
                if not hits:
                    Query.get(shown).add_hit()
        counts = facet_counts(hits, selected)
        shown_hits = sort_hits(filter_hits(hits, selected), sort)
        page = Paginator(shown_hits, self.paginate_by).get_page(request.GET.get("page"))
        context.update(
            page=page,
            paginator=page.paginator,
            total=len(shown_hits),
            facets=self.facet_groups(counts, selected, search),
            filter_params=self.filter_params(request),
        )
        return self.render_to_response(self.get_context_data(**context), status=status)

    def facet_groups(self, counts, selected, search):
        labels = {
            "kind": dict(KIND_LABELS),
            "price": {slug: label for slug, _upper, label in PRICE_BANDS},
            "stock": dict(STOCK_LABELS),
            **(search.labels if search else {}),
        }
        order = {
            "kind": list(KIND_LABELS),
            "price": [slug for slug, _upper, _label in PRICE_BANDS],
            "stock": list(STOCK_LABELS),
        }
        groups = []
        for name, title in FACETS:
            values = counts.get(name, {})
            names = labels.get(name, {})
            keys = order.get(name) or sorted(values, key=lambda key: str(names.get(key, key)))
            options = [
                {
                    "value": key,
                    "label": names.get(key, key),
                    "count": values[key],
                    "selected": key in selected.get(name, ()),
                }
                for key in keys
                if key in values
            ]
            if options:
                groups.append({"name": name, "title": title, "options": options})
        return groups

    def filter_params(self, request):
        """The query string without the page number, for pagination links."""
        params = request.GET.copy()
        params.pop("page", None)
        return params.urlencode()


def get_language_code():
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


def promotions_for(query):
    """Editors' picks (Wagtail's search promotions) for this query, live pages only."""
    return list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .select_related("page")
        .order_by("sort_order")[:5]
    )


@require_GET
def suggest(request):
    """``/<lang>/search/suggest/?q=``: up to ten titles starting with the typed words, as JSON."""
    query = clean_query(request.GET.get("q", ""))[:50]
    suggestions = []
    if len(query) >= 2:
        try:
            suggestions = autocomplete_titles(query, get_language_code())
        except SearchUnavailable:  # no suggestions: the form still works
            logger.warning("Search suggestions unavailable", exc_info=True)
    return JsonResponse({"query": query, "suggestions": suggestions})
