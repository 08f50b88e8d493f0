"""Catalogue browsing and product search on the database, replacing Oscar's haystack views.

Oscar's views query haystack, whose in-process "simple" engine returns nothing for an empty
query: the shop would look empty. These views use the ORM; product search matches the
product's words in every language (issue 7 moves search to Wagtail's search backends).
"""

from urllib.parse import unquote

from django.conf import settings
from django.contrib import messages
from django.core.paginator import InvalidPage, Paginator
from django.db.models import Q
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from oscar.core.loading import get_model

from shop.catalogue.texts import localized_category_name

Product = get_model("catalogue", "Product")
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
    """Products whose words (in any of the four languages) contain the query."""

    template_name = "oscar/search/results.html"
    max_query_length = 200

    def get(self, request, *args, **kwargs):
        query = " ".join(request.GET.get("q", "").split())[: self.max_query_length]
        products = browsable_products().none()
        if query:
            words = Q()
            for field in ("texts__title", "texts__description", "texts__materials", "upc"):
                words |= Q(**{f"{field}__icontains": query})
            products = browsable_products().filter(words).distinct()
        paginator = Paginator(products, settings.OSCAR_PRODUCTS_PER_PAGE)
        page = paginator.get_page(request.GET.get("page"))
        page.object_list = [ProductResult(product) for product in page.object_list]
        context = self.get_context_data(
            query=query, q=query, page=page, paginator=paginator, has_facets=False
        )
        return self.render_to_response(context)
