"""Site search and catalogue browsing, replacing Oscar's haystack views.

A search asks Wagtail's search backend which products and pages match the visitor's words
(``search.engine``); browsing the catalogue (all products, a category) needs no backend.
Both filter, count facets, sort and page the products in the database (``search.listing``),
reading only the page shown. If the backend does not answer, the search page says so (503);
browsing is not affected.
"""

import logging
from urllib.parse import unquote

from django.conf import settings
from django.contrib import messages
from django.core.paginator import InvalidPage, Paginator
from django.db.models import Prefetch, Q
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
    BROWSE_SORTS,
    FACETS,
    KIND_LABELS,
    PRICE_BANDS,
    PRODUCT_FACETS,
    SORTS,
    STOCK_LABELS,
    SearchUnavailable,
    SiteSearch,
    autocomplete_titles,
    selected_facets,
)
from .text import clean_query, clean_words, display_query

logger = logging.getLogger("tawiza")

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
CategoryText = get_model("catalogue", "CategoryText")


def facet_groups(counts, selected, labels, names):
    """The facets to show, in order, each with its options' labels, counts and state."""
    labels = {
        "kind": dict(KIND_LABELS),
        "price": {slug: label for slug, _upper, label in PRICE_BANDS},
        "stock": dict(STOCK_LABELS),
        **labels,
    }
    order = {
        "kind": list(KIND_LABELS),
        "price": [slug for slug, _upper, _label in PRICE_BANDS],
        "stock": list(STOCK_LABELS),
    }
    groups = []
    for name, title in FACETS:
        if name not in names:
            continue
        values = counts.get(name, {})
        option_labels = labels.get(name, {})
        keys = order.get(name) or sorted(values, key=lambda key: str(option_labels.get(key, key)))
        options = [
            {
                "value": key,
                "label": option_labels.get(key, key),
                "count": values[key],
                "selected": key in selected.get(name, ()),
            }
            for key in keys
            if key in values
        ]
        if options:
            groups.append({"name": name, "title": title, "options": options})
    return groups


def params_without_page(request):
    """The query string without the page number, for pagination links."""
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


class CatalogueView(TemplateView):
    """All products, newest first, with facets and sorting, paginated in the database."""

    template_name = "oscar/catalogue/browse.html"

    def get_scope(self):
        """A ``Q`` restricting the products listed (``None``: every browsable product)."""
        return None

    def get_summary(self):
        return _("All products")

    def invalid_page_redirect(self):
        return redirect("catalogue:index")

    def get(self, request, *args, **kwargs):
        sort = request.GET.get("sort", "newest")
        if sort not in BROWSE_SORTS:
            sort = "newest"
        selected = {
            name: values
            for name, values in selected_facets(request.GET).items()
            if name in PRODUCT_FACETS
        }
        search = SiteSearch(None, get_language_code(), request.strategy)
        results, counts = search.browse(selected, sort, self.get_scope())
        paginator = Paginator(results, settings.OSCAR_PRODUCTS_PER_PAGE)
        try:
            page = paginator.page(request.GET.get("page") or 1)
        except InvalidPage:
            messages.error(request, _("The given page number was invalid."))
            return self.invalid_page_redirect()
        context = {
            "sort": sort,
            "sorts": BROWSE_SORTS.items(),
            "selected": selected,
            "facets": facet_groups(counts, selected, search.labels, PRODUCT_FACETS),
            "search_unavailable": False,
            "products": page.object_list,
            "page_obj": page,
            "paginator": paginator,
            "summary": self.get_summary(),
            "filter_params": params_without_page(request),
        }
        return self.render_to_response(self.get_context_data(**context))


class ProductCategoryView(CatalogueView):
    """The products of a category and of its subcategories."""

    template_name = "oscar/catalogue/category.html"

    def dispatch(self, request, *args, **kwargs):
        # Its names in every language, read once: the title, heading, breadcrumb and summary
        # all name it (``localized_category_name`` reads the prefetched texts).
        self.category = get_object_or_404(
            Category.objects.prefetch_related(
                Prefetch("texts", queryset=CategoryText.objects.select_related("locale"))
            ),
            pk=kwargs["pk"],
        )
        if not (self.category.is_public or request.user.is_staff):
            raise Http404
        expected_path = self.category.get_absolute_url()
        if unquote(expected_path) != unquote(request.path):
            return HttpResponsePermanentRedirect(expected_path)
        return super().dispatch(request, *args, **kwargs)

    def get_scope(self):
        return Q(
            pk__in=Product.objects.filter(
                categories__in=self.category.get_descendants_and_self()
            ).values("pk")
        )

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
        words = clean_words(raw)
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
        results, counts = [], {}
        search = None
        if clean_query(raw):
            search = SiteSearch(words, get_language_code(), request.strategy)
            try:
                results, counts = search.search(selected, sort)
                found = len(results)
            except SearchUnavailable:
                logger.warning("Search backend unavailable", exc_info=True)
                context["search_unavailable"] = True
                status = 503
                results, counts = [], {}
            else:
                if not found and not search.has_matches():
                    Query.get(shown).add_hit()
        page = Paginator(results, self.paginate_by).get_page(request.GET.get("page"))
        context.update(
            # `page_obj`, not `page`: base.html reads `page` as the Wagtail page shown.
            page_obj=page,
            paginator=page.paginator,
            total=page.paginator.count,
            facets=facet_groups(
                counts, selected, search.labels if search else {}, [name for name, _t in FACETS]
            ),
            filter_params=params_without_page(request),
        )
        return self.render_to_response(self.get_context_data(**context), status=status)


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
