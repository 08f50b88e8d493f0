"""``/sitemap.xml``: pages, products and categories, each in every language with its hreflang
alternates, on the host the visitor asked for (as canonical URLs and hreflang links are:
tawiza/seo.py, docs/seo.md)."""

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from oscar.core.loading import get_model
from wagtail.contrib.sitemaps import Sitemap

from tawiza.seo import page_full_url


class RequestHostSitemap(Sitemap):
    """Locations on the request's scheme and host, not the ``sites`` framework's domain."""

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
        locations = {p.pk: page_full_url(p, self.request) for p in pages}
        by_translation = defaultdict(list)
        for p in pages:
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
