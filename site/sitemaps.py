"""``/sitemap.xml``: an index of sitemaps of pages, products and categories, each in every
language with its hreflang alternates, on the host the visitor asked for (as canonical URLs
and hreflang links are: tawiza/seo.py, docs/seo.md).

At the benchmark's scale (20,000 products, four languages each) one file would hold 80,000
entries and their 400,000 alternates; search engines take at most 50,000 URLs a file, and a
file that size takes seconds to build. So ``/sitemap.xml`` is an index and each section is
served in files of ``ENTRIES_PER_FILE`` (``/sitemap-products.xml?p=2``...).
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.contrib.sitemaps.views import SitemapIndexItem
from django.template.response import TemplateResponse
from django.urls import reverse
from oscar.core.loading import get_model
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import prepare_sitemaps

from tawiza.seo import page_full_url

# Each entry lists its four translations and x-default: 2,000 entries make about 1 MB.
ENTRIES_PER_FILE = 2000


class RequestHostSitemap(Sitemap):
    """Locations on the request's scheme and host, not the ``sites`` framework's domain."""

    limit = ENTRIES_PER_FILE

    def get_protocol(self, protocol=None):
        return self.request.scheme

    def get_domain(self, site=None):
        return self.request.get_host()


class AllLanguagesSitemap(RequestHostSitemap):
    """Every live page in every language, each with its translations as hreflang alternates.

    Wagtail's own sitemap lists the site root's descendants in one language only.
    """

    def items(self):
        from wagtail.models import Page

        return (
            Page.objects.live()
            .public()
            .filter(depth__gt=1)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        from wagtail.models import Locale

        language_codes = dict(Locale.objects.values_list("pk", "language_code"))
        pages = list(self.paginator.page(page).object_list)
        # A page's translations may be in another file: read them all for this file's pages.
        translations = list(
            self.items().filter(translation_key__in={p.translation_key for p in pages})
        )
        locations = {p.pk: page_full_url(p, self.request) for p in translations}
        by_translation = defaultdict(list)
        for p in translations:
            by_translation[p.translation_key].append(p)

        urls = []
        for item in pages:
            if not locations[item.pk]:
                continue
            alternates = [
                {"location": locations[t.pk], "lang_code": language_codes[t.locale_id]}
                for t in by_translation[item.translation_key]
                if locations[t.pk]
            ]
            default = next((a for a in alternates if a["lang_code"] == "fr"), None)
            if default:
                alternates.append({"location": default["location"], "lang_code": "x-default"})
            urls.append(
                {
                    "item": item,
                    "location": locations[item.pk],
                    "lastmod": self.lastmod(item),
                    "alternates": alternates,
                }
            )
        return urls


class ShopSitemap(RequestHostSitemap):
    """One entry per object and language, each listing the object in all four languages
    (untranslated product text falls back to French on the page, so every language exists)
    and French as ``x-default``, as the pages' hreflang links do."""

    i18n = True
    alternates = True

    def location(self, item):
        return item.get_absolute_url()

    def _urls(self, page, protocol, domain):
        # Django's own listing: Wagtail's ``_urls`` asks each item for its page URLs.
        urls = DjangoSitemap._urls(self, page, protocol, domain)
        for url in urls:
            french = next(
                (a for a in url["alternates"] if a["lang_code"] == settings.LANGUAGE_CODE), None
            )
            if french:
                url["alternates"].append({"location": french["location"], "lang_code": "x-default"})
        return urls


class ProductSitemap(ShopSitemap):
    changefreq = "weekly"

    def items(self):
        Product = get_model("catalogue", "Product")
        return Product.objects.browsable().order_by("pk").only("pk", "slug", "date_updated")

    def lastmod(self, product):
        return product.date_updated


class CategorySitemap(ShopSitemap):
    changefreq = "weekly"
    lastmod = None  # categories keep no modification date

    def items(self):
        Category = get_model("catalogue", "Category")
        return Category.objects.browsable().order_by("path")


SECTIONS = {
    "pages": AllLanguagesSitemap,
    "categories": CategorySitemap,
    "products": ProductSitemap,
}


def index(request):
    """Django's sitemap index, on the request's host (Django's own view writes the ``sites``
    framework's domain) and without a last-modified date (Django's would read every item)."""
    items = []
    for section, sitemap in prepare_sitemaps(request, SECTIONS).items():
        location = request.build_absolute_uri(reverse("sitemap-section", args=[section]))
        items.append(SitemapIndexItem(location, None))
        items.extend(
            SitemapIndexItem(f"{location}?p={number}", None)
            for number in range(2, sitemap.paginator.num_pages + 1)
        )
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": items}, content_type="application/xml"
    )
