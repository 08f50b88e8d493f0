from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from tawiza.seo import page_full_url

# How many cards each home page section shows, chosen or automatic.
FEATURED_LIMIT = 6


class HomePage(Page):
    """The root of each language's page tree: one per locale, translations of the French one.

    Editors choose what the home page features; a section they leave empty shows the latest
    live content instead, so the page is never bare.
    """

    hero_heading = models.CharField(_("hero heading"), max_length=160, blank=True)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = RichTextField(_("introduction"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_text"), FieldPanel("hero_image")],
            heading=_("Hero"),
        ),
        FieldPanel("body"),
        InlinePanel(
            "featured_artisans",
            heading=_("Featured artisans"),
            label=_("artisan"),
            max_num=FEATURED_LIMIT,
            help_text=_("Leave empty to show the latest artisans."),
        ),
        InlinePanel(
            "featured_products",
            heading=_("Featured products"),
            label=_("product"),
            max_num=FEATURED_LIMIT,
            help_text=_("Leave empty to show the latest products."),
        ),
        InlinePanel(
            "featured_pages",
            heading=_("Featured stories and campaigns"),
            label=_("page"),
            max_num=FEATURED_LIMIT,
        ),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_social_image(self):
        """(image, alternative text) shared on social networks: the hero image."""
        return (self.hero_image, self.hero_heading or self.title) if self.hero_image else None

    def get_structured_data(self, request):
        return {
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": settings.WAGTAIL_SITE_NAME,
            "url": page_full_url(self, request),
            "inLanguage": self.locale.language_code,
        }

    def featured_artisan_pages(self):
        """Chosen artisans in this page's language (live only), else the latest live ones."""
        from artisans.models import ArtisanPage
        from artisans.models.pages import portraits_prefetch

        chosen = [item.artisan for item in self.featured_artisans.select_related("artisan")]
        if chosen:
            keys = [page.translation_key for page in chosen]
            found = {
                page.translation_key: page
                for page in portraits_prefetch(
                    ArtisanPage.objects.live().filter(translation_key__in=keys, locale=self.locale)
                )
            }
            return [found[key] for key in keys if key in found]
        return list(
            portraits_prefetch(ArtisanPage.objects.live().filter(locale=self.locale)).order_by(
                "-first_published_at", "-pk"
            )[:FEATURED_LIMIT]
        )

    def featured_product_list(self):
        """Chosen products, else the latest public ones, ready for product cards."""
        from artisans.models.pages import product_cards

        chosen = list(self.featured_products.values_list("product_id", flat=True))
        if chosen:
            products = {p.pk: p for p in product_cards().filter(pk__in=chosen)}
            return [products[pk] for pk in chosen if pk in products]
        return list(product_cards().order_by("-date_created", "-pk")[:FEATURED_LIMIT])

    def featured_page_list(self):
        """Chosen stories and campaigns, as their live translations in this page's language;
        with no choice, the latest story and campaigns of this language."""
        chosen = [item.page for item in self.featured_pages.select_related("page")]
        if not chosen:
            return self.latest_stories_and_campaigns()
        keys = [page.translation_key for page in chosen]
        found = {
            page.translation_key: page
            for page in Page.objects.live()
            .filter(translation_key__in=keys, locale=self.locale)
            .specific()
        }
        return [found[key] for key in keys if key in found]

    def latest_stories_and_campaigns(self):
        from stories.pages import CampaignPage, StoryPage

        def latest(model, order):
            return list(
                model.objects.live()
                .filter(locale=self.locale, alias_of__isnull=True)
                .select_related("hero_image")
                .prefetch_related("hero_image__renditions")
                .order_by(order, "-pk")[: FEATURED_LIMIT // 2]
            )

        return latest(StoryPage, "-date") + latest(CampaignPage, "-start_date")

    def get_context(self, request, *args, **kwargs):
        from artisans.models import CooperativePage

        context = super().get_context(request, *args, **kwargs)
        context["cooperatives"] = list(
            CooperativePage.objects.live()
            .filter(locale=self.locale)
            .select_related("partner", "region")
            .order_by("-first_published_at", "-pk")[:FEATURED_LIMIT]
        )
        context["featured_artisans"] = self.featured_artisan_pages()
        context["featured_products"] = self.featured_product_list()
        context["featured_pages"] = self.featured_page_list()
        return context


class HomeFeaturedArtisan(Orderable):
    """An artisan chosen for the home page. The same choice serves every language."""

    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_artisans")
    artisan = models.ForeignKey(
        "artisans.ArtisanPage",
        verbose_name=_("artisan"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("artisan")]


class HomeFeaturedProduct(Orderable):
    """A product chosen for the home page. Products are the same in every language."""

    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_products")
    product = models.ForeignKey(
        "catalogue.Product", verbose_name=_("product"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("product")]


class HomeFeaturedPage(Orderable):
    """A story or campaign chosen for the home page (any page type until those exist)."""

    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_pages")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("page")]
