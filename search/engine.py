"""One search over products and pages in the visitor's language, with facets.

The search backend (Wagtail's: database or OpenSearch/Elasticsearch) answers one question:
which objects match these words, best first. Everything after that (live and public pages,
browsable products, prices, stock, facet counts, filters, sorting) is read from the
database for the matched objects, in a fixed number of queries, so it is the same on every
backend and a stale index never shows an unpublished page or a deleted product.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal

from django.conf import settings
from django.db import DatabaseError
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import MATCH_ALL

from artisans.models import ArtisanPage, CooperativePage, Craft, Region
from artisans.models.pages import in_locale
from shop.catalogue.attributes import product_type_name
from shop.catalogue.texts import localized_text
from stories.pages import CampaignPage, StoryPage

from .indexing import fields_for_language
from .listing import (
    SourceCooperatives,
    filtered,
    listed_products,
    ordered,
    product_facet_counts,
    product_filters,
)
from .text import normalise

Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
ProductText = get_model("catalogue", "ProductText")
Option = get_model("catalogue", "Option")
ProductClass = get_model("catalogue", "ProductClass")

# The most *pages* (stories, campaigns, cooperatives, artisans) of each kind read from the
# backend for a search: their facets are counted in Python. Products have no cap: they are
# filtered, counted and paged in the database (``search.listing``, docs/search.md).
MAX_MATCHES = 500
# Every word must match: "chapeau de paille" does not list everything containing "de"
# (the database backend has no stop words), and a query with no match is recorded.
OPERATOR = "and"
# Product ids read per request when scrolling a search server's matches.
SCROLL_SIZE = 2000

PAGE_KINDS = {
    "story": StoryPage,
    "campaign": CampaignPage,
    "cooperative": CooperativePage,
    "artisan": ArtisanPage,
}
KIND_LABELS = {
    "product": _("Products"),
    "story": _("Stories"),
    "campaign": _("Campaigns"),
    "cooperative": _("Cooperatives"),
    "artisan": _("Artisans"),
}
# Upper bounds in MAD, lowest first; the last band is open.
PRICE_BANDS = [
    ("under-200", Decimal("200"), _("Under 200 MAD")),
    ("200-1000", Decimal("1000"), _("200 to 1,000 MAD")),
    ("1000-3000", Decimal("3000"), _("1,000 to 3,000 MAD")),
    ("over-3000", None, _("Over 3,000 MAD")),
]
STOCK_LABELS = {"in-stock": _("In stock"), "sold-out": _("Sold out")}
FACETS = [
    ("kind", _("Type")),
    ("craft", _("Craft")),
    ("region", _("Region")),
    ("cooperative", _("Cooperative")),
    ("product_type", _("Product type")),
    ("price", _("Price")),
    ("stock", _("Availability")),
]
# The facets a catalogue listing offers: every result there is a product.
PRODUCT_FACETS = ["craft", "region", "cooperative", "product_type", "price", "stock"]
SORTS = {
    "relevance": _("Relevance"),
    "price": _("Price, lowest first"),
    "-price": _("Price, highest first"),
    "newest": _("Newest"),
}
BROWSE_SORTS = {key: SORTS[key] for key in ("newest", "price", "-price")}


def with_option_flags(products):
    """Oscar's product card asks each product whether it has options: answered in the same
    query, as Oscar's ``base_queryset`` does, so a page of cards costs no query per card."""
    return products.annotate(
        has_product_class_options=Exists(
            Option.objects.filter(productclass=OuterRef("product_class"))
        ),
        has_product_options=Exists(Option.objects.filter(product=OuterRef("pk"))),
    )


class SearchUnavailable(Exception):
    """The search backend did not answer (server down, timeout, refused request)."""


def price_band(price):
    if price is None:
        return None
    for slug, upper, _label in PRICE_BANDS:
        if upper is None or price < upper:
            return slug
    return None


@dataclass
class Hit:
    """One result: a product or a page, with what its card and the facets need."""

    kind: str
    object: object
    rank: int
    date: datetime
    facets: dict = field(default_factory=dict)
    title: str = ""
    summary: str = ""
    price: Decimal | None = None
    purchase_info: object = None
    is_fallback: bool = False
    maker: object = None
    cooperative: object = None
    kind_label: str = ""

    @property
    def is_product(self):
        return self.kind == "product"


def _as_datetime(value):
    if value is None:
        return timezone.make_aware(datetime(1970, 1, 1))
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return timezone.make_aware(datetime.combine(value, time()))
    return value


def uses_search_server(backend):
    """OpenSearch/Elasticsearch (which analyse each language's fields), not the database."""
    return hasattr(backend, "es")


def autocomplete_titles(query, language_code, limit=10):
    """Products and pages of one language whose titles start with the typed words."""
    backend = get_search_backend()
    locale = Locale.objects.get(language_code=language_code)
    suggestions = []
    try:
        texts = backend.autocomplete(query, ProductText.objects.filter(locale=locale))
        for text in texts[: limit * 2]:
            if text.product.is_public and len(suggestions) < limit - limit // 3:
                suggestions.append(
                    {"title": text.title, "kind": "product", "url": text.product.get_absolute_url()}
                )
        pages = Page.objects.live().public().filter(locale=locale, depth__gt=2)
        for page in backend.autocomplete(query, pages)[: limit - len(suggestions)]:
            suggestions.append({"title": page.title, "kind": "page", "url": page.url})
    except DatabaseError:
        raise
    except Exception as error:  # each search client raises its own connection errors
        raise SearchUnavailable(str(error)) from error
    return suggestions


def _backend_matches(backend, query, queryset, fields, language_code, limit=MAX_MATCHES):
    """``queryset``'s objects matching ``query`` (a string, or ``MATCH_ALL``), best first.

    On a search server the query is matched against the language's fields, each with its
    language's analyzer. The database backend cannot restrict a search to computed fields; it
    needs not: a document holds words in its own language only. On PostgreSQL it analyses the
    query with the language's text-search configuration (``search.backends``).
    """
    if hasattr(backend, "for_language"):
        backend = backend.for_language(language_code)
    if not uses_search_server(backend):
        fields = None
    try:
        if query is MATCH_ALL:
            return list(backend.search(MATCH_ALL, queryset, order_by_relevance=False)[:limit])
        return list(backend.search(query, queryset, fields=fields, operator=OPERATOR)[:limit])
    except DatabaseError:
        raise
    except Exception as error:  # each search client raises its own connection errors
        raise SearchUnavailable(str(error)) from error


def _ranked_texts(backend, query, texts, fields, language_code):
    """The ``texts`` matching ``query``, best first, as the backend ranks them.

    On the database backend: a query set of the matching rows, best first, evaluated inside
    the products' SQL (filters, counts and paging leave no match out of the database; the
    ranking is read as product ids only when sorting by relevance). On a search server: the
    matching rows' product ids, best first (every match, ids only; the server scrolls).
    """
    if hasattr(backend, "for_language"):
        backend = backend.for_language(language_code)
    if not uses_search_server(backend):
        fields = None
    try:
        results = backend.search(query, texts, fields=fields, operator=OPERATOR)
        if hasattr(results, "get_queryset"):
            return results.get_queryset()
        return _server_product_ids(results)
    except DatabaseError:
        raise
    except Exception as error:  # each search client raises its own connection errors
        raise SearchUnavailable(str(error)) from error


def _server_product_ids(results):
    """Every matching ``ProductText``'s product id, best first, from a search server: the ids
    only (the product filter field's doc values), read by scrolling, with no database query."""
    compiler = results.query_compiler
    column = compiler.mapping.get_field_column_name(compiler._get_filterable_field("product_id"))
    client = results.backend.es
    page = results._backend_do_search(
        results._get_es_body(),
        index=results.backend.get_index_for_model(compiler.queryset.model).name,
        _source=False,
        docvalue_fields=[column],
        scroll="1m",
        size=SCROLL_SIZE,
    )
    ids = []
    try:
        while page["hits"]["hits"]:
            ids += [
                hit["fields"][column][0]
                for hit in page["hits"]["hits"]
                if column in hit.get("fields", {})
            ]
            if len(page["hits"]["hits"]) < SCROLL_SIZE or "_scroll_id" not in page:
                break
            page = client.scroll(scroll_id=page["_scroll_id"], scroll="1m")
    finally:
        if "_scroll_id" in page:
            client.clear_scroll(scroll_id=page["_scroll_id"])
    return list(dict.fromkeys(ids))


class SiteSearch:
    """Search products and pages of one language, or browse the catalogue, with facets.

    ``words`` are the visitor's cleaned words as typed (``search.text.clean_words``); with no
    words (``None``), ``browse`` lists the catalogue. Products are filtered, counted, sorted
    and paged in the database (``search.listing``); pages are read from the backend.
    """

    def __init__(self, words, language_code, strategy, backend=None):
        self.language_code = language_code
        self.strategy = strategy
        self.backend = backend or get_search_backend()
        if words is None:
            self.query = MATCH_ALL
        elif getattr(self.backend, "keeps_query_as_typed", False):
            self.query = words
        else:
            self.query = normalise(words)
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.locale = locales[language_code]
        self.default_locale = locales[settings.LANGUAGE_CODE]
        self.labels = {"craft": {}, "cooperative": {}, "region": {}, "product_type": {}}
        self._cooperatives = {}
        self._ranked = []
        self._all_pages = []
        self._all_products = Product.objects.none()

    def browse(self, selected, sort, scope=None):
        """The catalogue's products (``scope``: a ``Q`` restricting them, e.g. a category):
        ``(ResultList, facet counts)``. The search backend plays no part."""
        products = listed_products()
        if scope is not None:
            products = products.filter(scope)
        return self._results(products, [], selected, sort)

    def search(self, selected, sort):
        """Products and pages matching the words: ``(ResultList, facet counts)``."""
        scope, ranked_ids = self._product_matches()
        products = listed_products().filter(scope)
        pages = self.page_hits()
        self._all_products = products
        return self._results(
            products,
            pages,
            selected,
            sort,
            ranked_ids=ranked_ids,
            with_kind=True,
        )

    def has_matches(self):
        """Whether the words matched anything at all, whatever the facets chosen."""
        return bool(self._all_pages) or self._all_products.exists()

    def _results(self, products, pages, selected, sort, ranked_ids=None, with_kind=False):
        self._all_pages = pages
        cooperatives = self.source_cooperatives
        filters = product_filters(selected, cooperatives)
        shown_products = ordered(filtered(products, filters), sort)
        kept = None
        if sort == "relevance" and self._ranked:
            # The backend's ranking, ids only, one query per language: a correlated score
            # per product would run the full-text match once per matching product.
            ranked_ids = list(
                dict.fromkeys(
                    pk
                    for matched in self._ranked
                    for pk in matched.values_list("product_id", flat=True)
                )
            )
        if sort == "relevance" and ranked_ids is not None:
            kept = set(shown_products.values_list("pk", flat=True))
        counts = product_facet_counts(
            products,
            filters,
            selected,
            cooperatives,
            with_kind=with_kind,
            products_found=len(kept) if kept is not None and "kind" not in selected else None,
        )
        for name, facet in facet_counts(pages, selected).items():
            merged = counts.setdefault(name, {})
            for value, count in facet.items():
                merged[value] = merged.get(value, 0) + count
        self._label_product_facets(counts, cooperatives)
        shown_pages = sort_hits(filter_hits(pages, selected), sort)
        results = ResultList(self, shown_products, shown_pages, sort, ranked_ids, kept)
        if with_kind and "kind" not in selected:
            # The kind facet's product count is the count of the products shown.
            results.product_count = counts.get("kind", {}).get("product", 0)
        return results, counts

    def _label_product_facets(self, counts, cooperatives):
        """Name the facet values counted, in the visitor's language: a fixed number of
        queries, whatever the number of products."""
        craft_slugs = set(counts.get("craft", {})) - set(self.labels["craft"])
        if craft_slugs:
            # The French crafts (those artisans are tagged with) and their translations here,
            # in one query.
            sources = Craft.objects.filter(slug__in=craft_slugs, locale=self.default_locale)
            crafts = Craft.objects.filter(
                translation_key__in=sources.values("translation_key"),
                locale__in=[self.default_locale, self.locale],
            )
            names, slugs = {}, {}
            for craft in crafts:
                if craft.locale_id == self.default_locale.pk:
                    slugs[craft.translation_key] = craft.slug
                if craft.locale_id == self.locale.pk or craft.translation_key not in names:
                    names[craft.translation_key] = craft.name
            self.labels["craft"].update({slugs[key]: names[key] for key in slugs})
        wanted = set(counts.get("cooperative", {})) | set(counts.get("region", {}))
        paths = [
            path
            for path, (slug, region) in cooperatives.by_path.items()
            if slug in wanted or region in wanted
        ]
        for cooperative in self._cooperatives_at(paths).values():
            self.labels["cooperative"][cooperative["slug"]] = cooperative["title"]
            if cooperative["region"]:
                region = cooperative["region"]
                self.labels["region"].setdefault(region.slug, region.name)
        type_slugs = set(counts.get("product_type", {}))
        if type_slugs:
            self.labels["product_type"].update(
                {
                    product_class.slug: product_type_name(product_class)
                    for product_class in ProductClass.objects.filter(slug__in=type_slugs)
                }
            )

    # Products ---------------------------------------------------------------------------

    def _product_matches(self):
        """``(scope, ranked_ids)`` for the products whose text in the visitor's
        language matches, then those whose French text does (an untranslated product is still
        found by its French words, after the translated ones).

        On the database backend ``scope`` is a subquery (the ranking, kept in ``_ranked``, is
        read only to sort by relevance); on a search server ``ranked_ids`` is the ranking.
        """
        locales = [self.locale]
        if self.language_code != settings.LANGUAGE_CODE:
            locales.append(self.default_locale)
        scope = Q(pk__in=[])
        ranked_ids = None
        for locale in locales:
            code = locale.language_code
            texts = ProductText.objects.filter(locale=locale)
            matched = _ranked_texts(
                self.backend, self.query, texts, fields_for_language(code), code
            )
            if isinstance(matched, list):
                ranked_ids = list(dict.fromkeys([*(ranked_ids or []), *matched]))
                scope |= Q(pk__in=matched)
                continue
            scope |= Q(pk__in=matched.values("product_id"))
            self._ranked.append(matched)
        return scope, ranked_ids

    def product_hits(self, ids):
        """Cards for the products ``ids`` (a page of results), in that order."""
        if not ids:
            return []
        products = {
            product.pk: product
            for product in with_option_flags(Product.objects.browsable())
            .filter(is_public=True, pk__in=ids)
            .select_related("product_class", "artisan")
            .prefetch_related(
                "texts",
                Prefetch("images", queryset=ProductImage.objects.order_by("display_order")),
                "stockrecords__partner",
                "children__stockrecords",
            )
        }
        ordered_products = [products[pk] for pk in ids if pk in products]
        artisans = [p.artisan for p in ordered_products if p.artisan_id]
        makers = self._makers_here(artisans)
        cooperatives = self._cooperatives_of(artisans)
        hits = []
        for rank, product in enumerate(ordered_products):
            info = self.strategy.fetch_for_product(product)
            price = None
            if info.price.exists:
                price = info.price.incl_tax if info.price.is_tax_known else info.price.excl_tax
            text = localized_text(product, self.language_code)
            artisan = product.artisan
            cooperative = cooperatives.get(artisan.path[: -Page.steplen]) if artisan else None
            hits.append(
                Hit(
                    kind="product",
                    object=product,
                    rank=rank,
                    date=product.date_created,
                    facets={"kind": {"product"}},
                    title=text.title,
                    summary=text.description,
                    price=price,
                    purchase_info=info,
                    is_fallback=text.is_fallback,
                    maker=makers.get(artisan.translation_key) if artisan else None,
                    cooperative=cooperative,
                )
            )
        return hits

    def _makers_here(self, artisans):
        """The artisans' pages in the visitor's language (else the French page), by key."""
        if not artisans:
            return {}
        pages = ArtisanPage.objects.live().filter(
            translation_key__in={a.translation_key for a in artisans},
            locale__in=[self.locale, self.default_locale],
        )
        found = {}
        for page in pages:
            if page.translation_key not in found or page.locale_id == self.locale.pk:
                found[page.translation_key] = page
        return found

    def _cooperatives_of(self, artisans):
        """Each artisan's cooperative (its parent page) by parent path."""
        return self._cooperatives_at({a.path[: -Page.steplen] for a in artisans})

    @cached_property
    def source_cooperatives(self):
        return SourceCooperatives(self.default_locale)

    def _cooperatives_at(self, paths):
        """The cooperatives at ``paths`` (French pages' paths), named in the visitor's
        language, with their region: two queries however many (none in French for the
        names), none for those already read (the facets' labels read them first)."""
        sources = self.source_cooperatives.details
        missing = [path for path in set(paths) - set(self._cooperatives) if path in sources]
        if missing:
            keys = [sources[path]["translation_key"] for path in missing]
            titles = {}
            if self.locale.pk != self.default_locale.pk:
                titles = dict(
                    CooperativePage.objects.live()
                    .filter(translation_key__in=keys, locale=self.locale)
                    .values_list("translation_key", "title")
                )
            region_ids = {sources[path]["region_id"] for path in missing} - {None}
            regions = {}
            if region_ids:
                keys = Region.objects.filter(pk__in=region_ids).values("translation_key")
                rows = list(
                    Region.objects.filter(
                        Q(pk__in=region_ids) | Q(translation_key__in=keys, locale=self.locale)
                    )
                )
                here = {r.translation_key: r for r in rows if r.locale_id == self.locale.pk}
                for region in rows:
                    if region.pk in region_ids:
                        name = here.get(region.translation_key, region).name
                        regions[region.pk] = _Labelled(region.slug, name)
            for path in missing:
                source = sources[path]
                self._cooperatives[path] = {
                    "slug": self.source_cooperatives.by_path[path][0],
                    "title": titles.get(source["translation_key"], source["title"]),
                    "region": regions.get(source["region_id"]),
                }
        return {path: self._cooperatives[path] for path in paths if path in self._cooperatives}

    def _crafts_here(self, crafts):
        unique = list({c.pk: c for c in crafts}.values())
        if not unique:
            return []
        return [
            _Labelled(source.slug, here.name)
            for source, here in zip(unique, in_locale(unique, self.locale), strict=True)
        ]

    # Pages ------------------------------------------------------------------------------

    def page_hits(self):
        hits = []
        fields = fields_for_language(self.language_code)
        crafts, regions = [], []
        private = Page.objects.private_q()  # one query for the four kinds
        for kind, model in PAGE_KINDS.items():
            pages = model.objects.live().exclude(private).filter(locale=self.locale)
            matches = _backend_matches(self.backend, self.query, pages, fields, self.language_code)
            facets = self._page_facets(kind, model, matches, crafts, regions)
            for rank, page in enumerate(matches):
                hits.append(
                    Hit(
                        kind=kind,
                        object=page,
                        rank=rank,
                        date=_as_datetime(
                            getattr(page, "date", None)
                            or getattr(page, "start_date", None)
                            or page.first_published_at
                        ),
                        facets={"kind": {kind}, **facets.get(page.translation_key, {})},
                        kind_label=model._meta.verbose_name,
                        title=page.title,
                        summary=getattr(page, "summary", "")
                        or getattr(page, "intro", "")
                        or getattr(page, "quote", ""),
                    )
                )
        self.labels["craft"].update({c.slug: c.name for c in self._crafts_here(crafts)})
        unique_regions = list({r.pk: r for r in regions}.values())
        if unique_regions:
            self.labels["region"].update(
                {
                    source.slug: here.name
                    for source, here in zip(
                        unique_regions, in_locale(unique_regions, self.locale), strict=True
                    )
                }
            )
        return hits

    def _page_facets(self, kind, model, pages, crafts, regions):
        """``{translation_key: {"craft": slugs, "region": slugs}}`` for stories, artisans and
        cooperatives, read from their French pages, where editors choose crafts and regions
        (translations may leave them empty). The crafts and regions met are added to
        ``crafts`` and ``regions`` for labelling. A fixed number of queries per kind."""
        if not pages or kind not in {"story", "artisan", "cooperative"}:
            return {}
        sources = model.objects.filter(
            translation_key__in={page.translation_key for page in pages},
            locale=self.default_locale,
        )
        facets = {}
        if kind == "story":
            for story in sources.prefetch_related("crafts", "regions"):
                story_crafts, story_regions = list(story.crafts.all()), list(story.regions.all())
                crafts += story_crafts
                regions += story_regions
                facets[story.translation_key] = {
                    "craft": {c.slug for c in story_crafts},
                    "region": {r.slug for r in story_regions},
                }
        elif kind == "artisan":
            artisans = list(sources.prefetch_related("crafts"))
            cooperatives = self._cooperatives_of(artisans)
            for artisan in artisans:
                artisan_crafts = list(artisan.crafts.all())
                crafts += artisan_crafts
                cooperative = cooperatives.get(artisan.path[: -Page.steplen])
                region = cooperative and cooperative["region"]
                facets[artisan.translation_key] = {
                    "craft": {c.slug for c in artisan_crafts},
                    "region": {region.slug} if region else set(),
                }
                if region:
                    self.labels["region"][region.slug] = region.name
        else:
            cooperatives = list(sources.select_related("region"))
            under = Q()
            for cooperative in cooperatives:
                under |= Q(path__startswith=cooperative.path, depth=cooperative.depth + 1)
            crafts_by_path = {}
            for artisan in ArtisanPage.objects.filter(under).prefetch_related("crafts"):
                artisan_crafts = list(artisan.crafts.all())
                crafts += artisan_crafts
                crafts_by_path.setdefault(artisan.path[: -Page.steplen], set()).update(
                    c.slug for c in artisan_crafts
                )
            for cooperative in cooperatives:
                if cooperative.region:
                    regions.append(cooperative.region)
                facets[cooperative.translation_key] = {
                    "craft": crafts_by_path.get(cooperative.path, set()),
                    "region": {cooperative.region.slug} if cooperative.region else set(),
                }
        return facets


class ResultList:
    """What the paginator pages: the products (a query set, paged in the database), then or
    among the pages matched (a list). Only the slice shown becomes cards.

    By relevance or price, products come first and pages after; by newest, both are merged
    by date (reading the dates of the first products up to the end of the page shown).
    """

    def __init__(self, search, products, pages, sort, ranked_ids=None, kept=None):
        self.search = search
        self.kept = kept
        self.products = products
        self.pages = pages
        self.sort = sort
        self.ranked_ids = ranked_ids

    @cached_property
    def product_count(self):
        return len(self.kept) if self.kept is not None else self.products.count()

    def count(self):
        return self.product_count + len(self.pages)

    def __len__(self):
        return self.count()

    def _product_ids(self, start, stop):
        if stop <= start:
            return []
        if self.ranked_ids is not None and self.sort == "relevance":
            # A search server ranked them: keep its order among the products left by the
            # facets (ids only).
            kept = self.kept
            if kept is None:
                kept = set(self.products.values_list("pk", flat=True))
            return [pk for pk in self.ranked_ids if pk in kept][start:stop]
        return list(self.products.values_list("pk", flat=True)[start:stop])

    def __getitem__(self, key):
        if isinstance(key, int):
            return self[key : key + 1][0]
        start = key.start or 0
        stop = self.count() if key.stop is None else key.stop
        products = self.product_count
        if self.sort == "newest" and self.pages:
            dated = [
                (date, index, pk)
                for index, (pk, date) in enumerate(
                    self.products.values_list("pk", "date_created")[:stop]
                )
            ]
            merged = sorted(
                [(date, 0, index, pk) for date, index, pk in dated]
                + [(hit.date, 1, index, hit) for index, hit in enumerate(self.pages)],
                key=lambda item: item[0],
                reverse=True,
            )[start:stop]
            cards = {
                hit.object.pk: hit
                for hit in self.search.product_hits([item[3] for item in merged if item[1] == 0])
            }
            return [
                cards.get(item[3]) if item[1] == 0 else item[3]
                for item in merged
                if item[1] == 1 or item[3] in cards
            ]
        hits = self.search.product_hits(self._product_ids(start, min(stop, products)))
        return hits + self.pages[max(start - products, 0) : max(stop - products, 0)]


@dataclass(frozen=True)
class _Labelled:
    slug: str
    name: str


def selected_facets(querydict):
    """``{facet: {values}}`` from the GET parameters (one parameter per facet, repeatable)."""
    selected = {}
    for name, _label in FACETS:
        values = {v for v in querydict.getlist(name) if v and len(v) <= 100}
        if values:
            selected[name] = values
    return selected


def _matches(hit, selected, ignore=None):
    return all(
        hit.facets.get(name, set()) & values for name, values in selected.items() if name != ignore
    )


def filter_hits(hits, selected):
    return [hit for hit in hits if _matches(hit, selected)]


def facet_counts(hits, selected):
    """Counts for each facet value, each facet counted with the other facets' filters."""
    counts = {}
    for name, _label in FACETS:
        facet = {}
        for hit in hits:
            if _matches(hit, selected, ignore=name):
                for value in hit.facets.get(name, ()):
                    facet[value] = facet.get(value, 0) + 1
        counts[name] = facet
    return counts


def sort_hits(hits, sort):
    """Products are first-class: by relevance (or price) they come first, pages after."""
    if sort == "newest":
        return sorted(hits, key=lambda hit: hit.date, reverse=True)
    products = [hit for hit in hits if hit.is_product]
    pages = [hit for hit in hits if not hit.is_product]
    if sort in {"price", "-price"}:
        priced = [hit for hit in products if hit.price is not None]
        unpriced = [hit for hit in products if hit.price is None]
        priced.sort(key=lambda hit: hit.price, reverse=sort == "-price")
        products = priced + unpriced
    return products + pages
