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
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import MATCH_ALL

from artisans.models import ArtisanPage, CooperativePage
from artisans.models.pages import in_locale
from shop.catalogue.attributes import product_type_name
from shop.catalogue.texts import localized_text
from stories.pages import CampaignPage, StoryPage

from .indexing import fields_for_language
from .text import normalise

Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
ProductText = get_model("catalogue", "ProductText")
Option = get_model("catalogue", "Option")

# The most matches read from the backend per kind of object: a results page past the
# first few hundred is never read, and facet counts stay cheap (docs/search.md).
MAX_MATCHES = 500
# The most products a catalogue listing (all products, a category) reads from the backend.
MAX_BROWSED = 2000
# Every word must match: "chapeau de paille" does not list everything containing "de"
# (the database backend has no stop words), and a query with no match is recorded.
OPERATOR = "and"

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


class SiteSearch:
    """Search products and pages of one language; ``hits()`` gives every match, ranked.

    ``words`` are the visitor's cleaned words as typed (``search.text.clean_words``); with no
    words (``None``), ``browse_hits`` lists the catalogue through the same backend.
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

    def hits(self):
        return self.product_hits(self.matching_product_ids()) + self.page_hits()

    def browse_hits(self, product_ids=None):
        """Every browsable product (or those of ``product_ids``); the caller sorts them."""
        texts = ProductText.objects.filter(locale=self.default_locale)
        if product_ids is not None:
            texts = texts.filter(product__in=product_ids)
        matches = _backend_matches(
            self.backend, MATCH_ALL, texts, None, settings.LANGUAGE_CODE, limit=MAX_BROWSED
        )
        return self.product_hits(list(dict.fromkeys(text.product_id for text in matches)))

    # Products ---------------------------------------------------------------------------

    def matching_product_ids(self):
        """Products whose text in the visitor's language matches, then those whose French text
        does (an untranslated product is still found by its French words)."""
        locales = [self.locale]
        if self.language_code != settings.LANGUAGE_CODE:
            locales.append(self.default_locale)
        product_ids = []
        for locale in locales:
            code = locale.language_code
            texts = ProductText.objects.filter(locale=locale)
            for text in _backend_matches(
                self.backend, self.query, texts, fields_for_language(code), code
            ):
                product_ids.append(text.product_id)
        return list(dict.fromkeys(product_ids))

    def product_hits(self, ids):
        if not ids:
            return []
        products = {
            product.pk: product
            for product in with_option_flags(Product.objects.browsable())
            .filter(is_public=True, pk__in=ids)
            .select_related("product_class", "artisan")
            .prefetch_related(
                "texts__locale",
                Prefetch("images", queryset=ProductImage.objects.order_by("display_order")),
                "stockrecords__partner",
                "children__stockrecords",
                "artisan__crafts",
            )
        }
        ordered = [products[pk] for pk in ids if pk in products]
        makers = self._makers_here([p.artisan for p in ordered if p.artisan_id])
        cooperatives = self._cooperatives_of([p.artisan for p in ordered if p.artisan_id])
        crafts = self._crafts_here(
            [c for p in ordered if p.artisan_id for c in p.artisan.crafts.all()]
        )
        hits = []
        for rank, product in enumerate(ordered):
            info = self.strategy.fetch_for_product(product)
            price = None
            if info.price.exists:
                price = info.price.incl_tax if info.price.is_tax_known else info.price.excl_tax
            in_stock = bool(info.availability.is_available_to_buy)
            text = localized_text(product, self.language_code)
            artisan = product.artisan
            cooperative = cooperatives.get(artisan.path[: -Page.steplen]) if artisan else None
            facets = {
                "kind": {"product"},
                "stock": {"in-stock" if in_stock else "sold-out"},
                "price": {price_band(price)} - {None},
                "craft": {c.slug for c in artisan.crafts.all()} if artisan else set(),
                "cooperative": {cooperative["slug"]} if cooperative else set(),
                "region": {cooperative["region"].slug}
                if cooperative and cooperative["region"]
                else set(),
                "product_type": {product.product_class.slug} if product.product_class else set(),
            }
            hits.append(
                Hit(
                    kind="product",
                    object=product,
                    rank=rank,
                    date=product.date_created,
                    facets=facets,
                    title=text.title,
                    summary=text.description,
                    price=price,
                    purchase_info=info,
                    is_fallback=text.is_fallback,
                    maker=makers.get(artisan.translation_key) if artisan else None,
                    cooperative=cooperative,
                )
            )
        self.labels["craft"].update({c.slug: c.name for c in crafts})
        self.labels["cooperative"].update({c["slug"]: c["title"] for c in cooperatives.values()})
        self.labels["region"].update(
            {c["region"].slug: c["region"].name for c in cooperatives.values() if c["region"]}
        )
        self.labels["product_type"].update(
            {
                p.product_class.slug: product_type_name(p.product_class)
                for p in ordered
                if p.product_class
            }
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
        """Each artisan's cooperative (its parent page) by parent path, named in the
        visitor's language, with its region: three queries however many artisans."""
        paths = {a.path[: -Page.steplen] for a in artisans}
        if not paths:
            return {}
        sources = list(CooperativePage.objects.filter(path__in=paths).select_related("region"))
        here = {
            page.translation_key: page
            for page in CooperativePage.objects.live().filter(
                translation_key__in=[s.translation_key for s in sources], locale=self.locale
            )
        }
        regions = [s.region for s in sources if s.region]
        regions_here = dict(
            zip([r.pk for r in regions], in_locale(regions, self.locale), strict=True)
        )
        cooperatives = {}
        for source in sources:
            page = here.get(source.translation_key, source)
            region = regions_here.get(source.region_id)
            cooperatives[source.path] = {
                "slug": source.slug,
                "title": page.title,
                "page": page,
                "region": region and _Labelled(source.region.slug, region.name),
            }
        return cooperatives

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
