from collections import defaultdict

from wagtail.contrib.sitemaps import Sitemap


class AllLanguagesSitemap(Sitemap):
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
        locations = {p.pk: p.get_full_url(self.request) for p in pages}
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
