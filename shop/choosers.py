"""The product chooser: editors pick Oscar products from the Wagtail admin.

``shop`` is not an installed app (Oscar's root app is named ``oscar``), so Wagtail does not
look for ``shop/wagtail_hooks.py``; the viewset is registered from ``stories/wagtail_hooks.py``.
"""

import copy

from django import forms
from django.db.models import Prefetch, Q
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.blocks import ChooserBlock

Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
StockRecord = get_model("partner", "StockRecord")


def products_for_display(queryset=None):
    """Products with what a card shows (images, stock and price, partner) fetched up front."""
    queryset = Product.objects.all() if queryset is None else queryset
    return queryset.select_related("product_class").prefetch_related(
        Prefetch("images", queryset=ProductImage.objects.order_by("display_order")),
        Prefetch("stockrecords", queryset=StockRecord.objects.select_related("partner")),
        "texts",  # the product's words in the reader's language (shop/catalogue/texts.py)
    )


class ProductSearchForm(BaseFilterForm):
    """Search products by title, UPC, the cooperative's SKU or the cooperative's name.

    A plain database filter: Oscar's ``Product`` is not in Wagtail's search index, and
    editors expect a SKU typed in full or in part to find its product.
    """

    q = forms.CharField(
        label=_("Search term"),
        widget=forms.TextInput(attrs={"placeholder": _("Title, SKU or cooperative")}),
        required=False,
    )

    def filter(self, objects):
        query = self.cleaned_data.get("q", "").strip()
        if query:
            self.is_searching = True
            self.search_query = query
            matching = Product.objects.filter(
                Q(title__icontains=query)
                | Q(upc__icontains=query)
                | Q(stockrecords__partner_sku__icontains=query)
                | Q(stockrecords__partner__name__icontains=query)
            ).values("pk")
            objects = objects.filter(pk__in=matching)
        return objects


def _skus(product):
    return ", ".join(record.partner_sku for record in product.stockrecords.all())


def _cooperatives(product):
    return ", ".join(record.partner.name for record in product.stockrecords.all())


class ProductChooseViewMixin:
    filter_form_class = ProductSearchForm

    @property
    def columns(self):
        return [
            *super().columns,
            Column("sku", label=_("SKU"), accessor=_skus),
            Column("cooperative", label=_("Cooperative"), accessor=_cooperatives),
        ]


class ProductChooseView(ProductChooseViewMixin, ChooseView):
    pass


class ProductChooseResultsView(ProductChooseViewMixin, ChooseResultsView):
    pass


class ProductChooserViewSet(ChooserViewSet):
    model = Product
    icon = "tag"
    choose_one_text = _("Choose a product")
    choose_another_text = _("Choose another product")
    edit_item_text = _("Edit product")
    per_page = 20
    choose_view_class = ProductChooseView
    choose_results_view_class = ProductChooseResultsView
    # Products are edited in Oscar's dashboard, not created from a chooser.
    register_widget = False

    def get_object_list(self):
        return (
            Product.objects.browsable()
            .select_related("product_class")
            .prefetch_related("stockrecords__partner", "texts")
            .order_by("title")
        )


product_chooser_viewset = ProductChooserViewSet("product_chooser", url_prefix="product-chooser")


class ProductChooserBlock(ChooserBlock):
    """A StreamField block holding one Oscar product (stored as its id).

    ``Product`` has no ``TranslatableMixin``, so wagtail-localize copies the id unchanged into
    every translation: one product, one price, one stock count in all four languages.
    """

    @property
    def target_model(self):
        return Product

    @property
    def widget(self):
        return product_chooser_viewset.widget_class()

    def bulk_to_python(self, values):
        """The products in the order given, with their images and stock fetched in one go."""
        wanted = {value for value in values if value is not None}
        found = products_for_display(Product.objects.filter(pk__in=wanted)).in_bulk()
        seen, products = set(), []
        for value in values:
            product = found.get(value)
            # A product placed twice gets its own instance each time, as ChooserBlock does.
            products.append(copy.copy(product) if value in seen else product)
            seen.add(value)
        return products

    def to_python(self, value):
        return self.bulk_to_python([value])[0]

    class Meta:
        icon = "tag"
