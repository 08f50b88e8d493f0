"""Products filtered, counted, sorted and paged in the database (docs/search.md).

A catalogue page, a category page and the products of a results page are one SQL query set:
public, browsable products annotated with what the facets need (price by Oscar's default
strategy, availability, the maker's cooperative), restricted to a category or to the
products whose text matched the visitor's words. Facet counts are SQL aggregates over that
set, each facet counted with the *other* facets' filters; a page of results reads only the
products it shows. Nothing is capped: at 20,000 products the last page is reachable and the
count is right.

Price and availability follow Oscar's ``Default`` strategy (the one ``request.strategy``
gives): a standalone product's first stock record, no tax, in stock when its product type
tracks no stock or the record has stock left; a parent product's price is its first public
child's with a stock record, and it is in stock when one of those children is. The cards
still read both from ``request.strategy``; a test checks they agree.
"""

from decimal import Decimal

from django.db.models import (
    BooleanField,
    Case,
    Count,
    DecimalField,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Length, Substr
from oscar.core.loading import get_model
from wagtail.models import Page

from artisans.models import ArtisanPage, CooperativePage

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")

# Upper bounds in MAD, lowest first; the last band is open. (Labels: ``search.engine``.)
PRICE_BAND_LIMITS = [
    ("under-200", None, Decimal("200")),
    ("200-1000", Decimal("200"), Decimal("1000")),
    ("1000-3000", Decimal("1000"), Decimal("3000")),
    ("over-3000", Decimal("3000"), None),
]
CraftLink = ArtisanPage.crafts.through
NOTHING = Q(pk__in=[])


def band_q(slug):
    """The products whose listing price lies in price band ``slug`` (none for an unknown one)."""
    for band, lower, upper in PRICE_BAND_LIMITS:
        if band == slug:
            q = Q(list_price__isnull=False)
            if lower is not None:
                q &= Q(list_price__gte=lower)
            if upper is not None:
                q &= Q(list_price__lt=upper)
            return q
    return NOTHING


def listed_products():
    """Public, browsable products with ``list_price``, ``in_stock`` and ``cooperative_path``
    (the path of the maker's cooperative page: the artisan page's parent)."""
    records = StockRecord.objects.annotate(
        net=Coalesce("num_in_stock", 0) - Coalesce("num_allocated", 0)
    )
    own = records.filter(product=OuterRef("pk")).order_by("pk")
    children = records.filter(product__parent=OuterRef("pk"), product__is_public=True)
    first_child = children.order_by("-product__date_created", "-product__pk", "pk")
    decimal = DecimalField(max_digits=12, decimal_places=2)
    return (
        Product.objects.browsable()
        .filter(is_public=True)
        .annotate(
            own_net=Subquery(own.values("net")[:1], output_field=IntegerField()),
            list_price=Case(
                When(
                    structure=Product.PARENT,
                    then=Subquery(first_child.values("price")[:1], output_field=decimal),
                ),
                default=Subquery(own.values("price")[:1], output_field=decimal),
                output_field=decimal,
            ),
            in_stock=Case(
                When(
                    structure=Product.PARENT,
                    product_class__track_stock=False,
                    then=Exists(children),
                ),
                When(structure=Product.PARENT, then=Exists(children.filter(net__gt=0))),
                When(product_class__track_stock=False, then=Exists(own)),
                When(own_net__gt=0, then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            ),
            cooperative_path=Substr("artisan__path", 1, Length("artisan__path") - Page.steplen),
        )
    )


class SourceCooperatives:
    """The French cooperative pages (where editors choose regions), by path: one query.

    ``by_path``: ``{path: (slug, region slug)}``; ``details``: their translation key, title
    and region id, for naming them in another language.
    """

    def __init__(self, locale):
        self.by_path, self.details = {}, {}
        rows = CooperativePage.objects.filter(locale=locale).values_list(
            "path", "slug", "region__slug", "translation_key", "title", "region_id"
        )
        for path, slug, region, key, title, region_id in rows:
            self.by_path[path] = (slug, region)
            self.details[path] = {"translation_key": key, "title": title, "region_id": region_id}

    def paths(self, facet, values):
        position = 0 if facet == "cooperative" else 1
        return [path for path, data in self.by_path.items() if data[position] in values]


def product_filters(selected, cooperatives):
    """``{facet: Q}`` on ``listed_products()`` for the chosen facet values."""
    filters = {}
    for name, values in selected.items():
        if name == "kind":
            filters[name] = Q() if "product" in values else NOTHING
        elif name == "craft":
            filters[name] = Q(
                Exists(
                    CraftLink.objects.filter(
                        artisanpage_id=OuterRef("artisan_id"), craft__slug__in=values
                    )
                )
            )
        elif name in {"cooperative", "region"}:
            filters[name] = Q(cooperative_path__in=cooperatives.paths(name, values))
        elif name == "product_type":
            filters[name] = Q(product_class__slug__in=values)
        elif name == "price":
            q = NOTHING
            for value in values:
                q |= band_q(value)
            filters[name] = q
        elif name == "stock":
            q = NOTHING
            if "in-stock" in values:
                q |= Q(in_stock=True)
            if "sold-out" in values:
                q |= Q(in_stock=False)
            filters[name] = q
    return filters


def filtered(products, filters, ignore=None):
    for name, q in filters.items():
        if name != ignore:
            products = products.filter(q)
    return products


def product_facet_counts(
    products, filters, selected, cooperatives, with_kind=False, products_found=None
):
    """``{facet: {value: count}}`` over ``products``, each facet with the others' filters.

    SQL aggregates, five queries whatever the number of products: crafts; cooperatives and
    regions (grouped by cooperative, each facet keeping the groups the other one allows);
    product types; price bands and availability (grouped by availability, with a conditional
    count per band); with ``with_kind``, the products found whatever kind is chosen.
    """
    counts = {}
    crafts = (
        filtered(products, filters, "craft")
        .values("artisan__crafts__slug")
        .annotate(n=Count("pk", distinct=True))
        .order_by()
    )
    counts["craft"] = {
        row["artisan__crafts__slug"]: row["n"] for row in crafts if row["artisan__crafts__slug"]
    }
    places = {"cooperative", "region"}
    rows = (
        filtered(products, {k: v for k, v in filters.items() if k not in places})
        .values("cooperative_path")
        .annotate(n=Count("pk"))
        .order_by()
    )
    allowed = {
        name: set(cooperatives.paths(name, selected[name])) if name in selected else None
        for name in places
    }
    for name, position, other in (("cooperative", 0, "region"), ("region", 1, "cooperative")):
        facet = {}
        for row in rows:
            path = row["cooperative_path"]
            if allowed[other] is not None and path not in allowed[other]:
                continue
            value = cooperatives.by_path.get(path, (None, None))[position]
            if value:
                facet[value] = facet.get(value, 0) + row["n"]
        counts[name] = facet
    types = (
        filtered(products, filters, "product_type")
        .values("product_class__slug")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts["product_type"] = {
        row["product_class__slug"]: row["n"] for row in types if row["product_class__slug"]
    }
    bands = [slug for slug, _lower, _upper in PRICE_BAND_LIMITS]
    rows = (
        filtered(products, {k: v for k, v in filters.items() if k not in {"price", "stock"}})
        .values("in_stock")
        .annotate(
            n=Count("pk"),
            **{
                f"band_{index}": Count("pk", filter=band_q(slug))
                for index, slug in enumerate(bands)
            },
        )
        .order_by()
    )
    chosen_stock = selected.get("stock")
    chosen_prices = selected.get("price")
    price, stock = {}, {}
    for row in rows:
        state = "in-stock" if row["in_stock"] else "sold-out"
        if chosen_stock is None or state in chosen_stock:
            for index, slug in enumerate(bands):
                price[slug] = price.get(slug, 0) + row[f"band_{index}"]
        if chosen_prices is None:
            stock[state] = stock.get(state, 0) + row["n"]
        else:
            # The bands do not overlap: the products in the chosen bands are their sum.
            stock[state] = stock.get(state, 0) + sum(
                row[f"band_{index}"] for index, slug in enumerate(bands) if slug in chosen_prices
            )
    counts["price"] = {slug: count for slug, count in price.items() if count}
    counts["stock"] = {state: count for state, count in stock.items() if count}
    if with_kind:
        if products_found is None:
            products_found = filtered(products, filters, "kind").count()
        counts["kind"] = {"product": products_found} if products_found else {}
    return {name: facet for name, facet in counts.items() if facet}


def ordered(products, sort):
    """``products`` by price (up or down, unpriced last) or newest first (also the order a
    search's ranking starts from)."""
    newest = [F("date_created").desc(), F("pk").desc()]
    if sort == "price":
        return products.order_by(F("list_price").asc(nulls_last=True), *newest)
    if sort == "-price":
        return products.order_by(F("list_price").desc(nulls_last=True), *newest)
    return products.order_by(*newest)
