"""Editorial pages: stories about the cooperatives, and diaspora campaigns that support them."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from oscar.core.loading import get_model
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from artisans.models import ArtisanPage, CooperativePage
from artisans.snippets import Craft, Region
from search.indexing import LanguageSearchMixin, language_search_fields
from search.text import stream_text
from tawiza.locales import active_locale
from tawiza.seo import page_full_url

from .attribution import ATTRIBUTION_DAYS, QUERY_PARAMETER
from .blocks import BaseStreamBlock, ProductGridBlock
from .feeds import StoriesAtomFeed, StoriesRssFeed
from .forms import CampaignPageForm, StoryPageForm
from .offers import OfferBenefit, percentage_validators, voucher_code_clash
from .permissions import CampaignPermissionTester
from .progress import cached, campaign_progress
from .sharecard import HEIGHT as SHARE_CARD_HEIGHT
from .sharecard import WIDTH as SHARE_CARD_WIDTH
from .sharecard import share_card
from .sharing import orders_chart, share_links

STORIES_PER_PAGE = 12
SHARE_CARD_MAX_AGE = 60 * 60  # networks fetch the card again within the hour


def localized(rows, candidates):
    """``rows`` (of any language) replaced by their translation in the active language.

    ``candidates`` is the queryset translations are taken from (e.g. only live pages); a row
    without one stays as it is, so an untranslated item shows in French rather than vanishing.
    One query, however many rows: given a queryset, the rows and their translations are read
    together.
    """
    locale = active_locale()
    if isinstance(rows, models.QuerySet):
        # The rows (``rows`` must be a subset of ``candidates``) and their translations, in
        # the rows' order; ``is_row`` tells them apart.
        both = (
            candidates.filter(translation_key__in=rows.values("translation_key"))
            .filter(models.Q(locale=locale) | models.Q(pk__in=rows.values("pk")))
            .annotate(
                is_row=models.Case(
                    models.When(pk__in=rows.values("pk"), then=models.Value(True)),
                    default=models.Value(False),
                    output_field=models.BooleanField(),
                )
            )
        )
        if rows.query.order_by:
            both = both.order_by(*rows.query.order_by)
        both = list(both)
        translations = {row.translation_key: row for row in both if row.locale_id == locale.pk}
        return [translations.get(row.translation_key, row) for row in both if row.is_row]
    rows = list(rows)
    if not rows:
        return []
    translated = {
        row.translation_key: row
        for row in candidates.filter(
            translation_key__in=[row.translation_key for row in rows],
            locale=locale,
        )
    }
    return [translated.get(row.translation_key, row) for row in rows]


class StoryPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "stories.StoryPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class StoryIndexPage(RoutablePageMixin, Page):
    """The stories of one language, filterable by craft, region and tag, with RSS and Atom feeds."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["stories.StoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("story index")

    def stories(self):
        """The index's live stories, newest first, with what a listing card shows."""
        return (
            StoryPage.objects.child_of(self)
            .live()
            .select_related("hero_image", "locale")
            .prefetch_related("hero_image__renditions")
            .order_by("-date", "-pk")
        )

    def filtered_stories(self, request):
        """The stories matching ``?craft=&region=&tag=`` (slugs), and the filters applied."""
        stories = self.stories()
        filters = {}
        for name, lookup in (
            ("craft", "crafts__slug"),
            ("region", "regions__slug"),
            ("tag", "tags__slug"),
        ):
            value = request.GET.get(name, "").strip()
            if value:
                filters[name] = value
                stories = stories.filter(**{lookup: value})
        if filters:
            stories = stories.distinct()
        return stories, filters

    @staticmethod
    def paginate(request, items, per_page=STORIES_PER_PAGE):
        """The requested page of ``items``: page 1 for a non-number, the last page past the end."""
        paginator = Paginator(items, per_page)
        try:
            return paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            return paginator.page(1)
        except EmptyPage:
            return paginator.page(paginator.num_pages)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stories, filters = self.filtered_stories(request)
        page_of_stories = self.paginate(request, stories)
        context["stories"] = page_of_stories
        context["filters"] = filters
        index_url = self.get_url(request)
        context["rss_url"] = index_url + self.reverse_subpage("rss")
        context["atom_url"] = index_url + self.reverse_subpage("atom")
        locale = active_locale()
        context["crafts"] = Craft.objects.filter(locale=locale)
        context["regions"] = Region.objects.filter(locale=locale)
        context["tags"] = (
            StoryPageTag.tag_model()
            .objects.filter(stories_storypagetag_items__content_object__in=self.stories())
            .distinct()
            .order_by("name")
        )
        # Tags are free keywords of the French pages, synchronised into every translation:
        # shown in French everywhere, marked lang="fr" (docs/languages.md).
        context["tags_language"] = settings.LANGUAGE_CODE
        return context

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        return StoriesRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        return StoriesAtomFeed(self)(request)


class StoryPage(LanguageSearchMixin, Page):
    """An editorial story: who makes what, where, and how buyers can support them."""

    author = models.CharField(_("author"), max_length=120)
    date = models.DateField(_("date"))
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(_("summary"), max_length=400, blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    tags = ClusterTaggableManager(through=StoryPageTag, blank=True, verbose_name=_("tags"))
    crafts = ParentalManyToManyField("artisans.Craft", blank=True, verbose_name=_("crafts"))
    regions = ParentalManyToManyField("artisans.Region", blank=True, verbose_name=_("regions"))
    related_cooperatives = ParentalManyToManyField(
        "artisans.CooperativePage",
        blank=True,
        verbose_name=_("cooperatives in this story"),
        related_name="stories",
    )
    related_artisans = ParentalManyToManyField(
        "artisans.ArtisanPage",
        blank=True,
        verbose_name=_("artisans in this story"),
        related_name="stories",
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("author"), FieldPanel("date")]),
        FieldPanel("hero_image"),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("tags"),
                FieldPanel("crafts", widget=forms.CheckboxSelectMultiple),
                FieldPanel("regions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("related_cooperatives"),
                FieldPanel("related_artisans"),
            ],
            heading=_("Classification"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("author"),
        index.FilterField("date"),
        *language_search_fields(),
    ]
    base_form_class = StoryPageForm
    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    def search_body(self):
        return " ".join([self.summary, self.author, stream_text(self.body)])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["crafts"] = localized(self.crafts.all(), Craft.objects.all())
        context["regions"] = localized(self.regions.all(), Region.objects.all())
        context["tags"] = list(self.tags.all())
        context["tags_language"] = settings.LANGUAGE_CODE  # see StoryIndexPage.get_context
        context["cooperatives"] = localized(
            self.related_cooperatives.live(), CooperativePage.objects.live()
        )
        context["artisans"] = localized(
            self.related_artisans.live().select_related("portrait"),
            ArtisanPage.objects.live().select_related("portrait"),
        )
        context["index"] = self.get_parent()
        return context

    def get_social_image(self):
        """(image, alternative text) shared on social networks: the hero image."""
        return (self.hero_image, self.summary or self.title) if self.hero_image else None

    def get_structured_data(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": self.title,
            "url": page_full_url(self, request),
            "inLanguage": self.locale.language_code,
            "datePublished": self.date.isoformat(),
            "author": {"@type": "Person", "name": self.author},
            "publisher": {"@type": "Organization", "name": settings.WAGTAIL_SITE_NAME},
        }
        if self.summary:
            data["description"] = self.summary
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if self.hero_image:
            rendition = self.hero_image.get_rendition("fill-1200x630|format-jpeg")
            data["image"] = request.build_absolute_uri(rendition.url)
        return data


class CampaignIndexPage(Page):
    """The diaspora campaigns of one language."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["stories.CampaignPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("campaign index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["campaigns"] = (
            CampaignPage.objects.child_of(self)
            .live()
            .select_related("association", "hero_image")
            .prefetch_related("hero_image__renditions")
            .order_by("-start_date", "-pk")
        )
        return context


class CampaignPage(RoutablePageMixin, LanguageSearchMixin, Page):
    """A diaspora association's campaign for one or more cooperatives.

    Only the association's own editors (and staff) may change it: see ``permissions_for_user``.
    An optional Oscar voucher gives the campaign's supporters a code to use at checkout.
    """

    association = models.ForeignKey(
        "stories.DiasporaAssociation",
        verbose_name=_("association"),
        on_delete=models.PROTECT,
        related_name="campaigns",
    )
    cooperatives = ParentalManyToManyField(
        "artisans.CooperativePage",
        verbose_name=_("supported cooperatives"),
        related_name="campaigns",
    )
    voucher_code = models.CharField(
        _("voucher code"),
        max_length=128,
        blank=True,
        help_text=_(
            "The code buyers type at checkout. With an offer below, publishing the campaign "
            "creates this voucher (made from the share code when left empty); without one, "
            "the code of a voucher made in the shop's dashboard."
        ),
    )
    offer_benefit = models.CharField(
        _("offer for supporters"),
        max_length=16,
        choices=OfferBenefit.choices,
        blank=True,
        help_text=_("Created in the shop, with the voucher code, when the campaign is published."),
    )
    offer_percentage = models.DecimalField(
        _("discount (%)"),
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        validators=percentage_validators,
    )
    goal_amount = models.DecimalField(
        _("goal (MAD)"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    goal_pieces = models.PositiveIntegerField(
        _("goal (pieces)"),
        null=True,
        blank=True,
        help_text=_("Optional, instead of an amount: the number of pieces to sell."),
    )
    share_code = models.SlugField(
        _("share code"),
        max_length=32,
        blank=True,
        help_text=_(
            "The short code of the share link (/c/CODE/). Made from the slug when left empty."
        ),
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    summary = models.TextField(_("summary"), max_length=400, blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    featured_products = StreamField(
        [("products", ProductGridBlock())],
        verbose_name=_("featured products"),
        blank=True,
        max_num=1,
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("association"),
        FieldPanel("cooperatives"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldRowPanel([FieldPanel("goal_amount"), FieldPanel("goal_pieces")]),
        FieldPanel("share_code"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("offer_benefit"), FieldPanel("offer_percentage")]),
                FieldPanel("voucher_code"),
            ],
            heading=_("Voucher for supporters"),
        ),
        FieldPanel("hero_image"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("featured_products"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        *language_search_fields(),
    ]
    base_form_class = CampaignPageForm
    parent_page_types = ["stories.CampaignIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("campaign")

    def clean(self):
        super().clean()
        errors = {}
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("The campaign cannot end before it starts.")
        if self.goal_amount is not None and self.goal_pieces is not None:
            errors["goal_pieces"] = _("Choose a goal in dirhams or in pieces, not both.")
        self.share_code = (self.share_code or self.slug or "")[:32].lower()
        if self.share_code and self.share_code_taken():
            errors["share_code"] = _("Another campaign already uses this share code.")
        errors.update(self.offer_errors())
        if errors:
            raise ValidationError(errors)

    def offer_errors(self):
        """What is wrong with the voucher code and offer (stories/offers.py), by field."""
        errors = {}
        if self.offer_benefit == OfferBenefit.PERCENTAGE and self.offer_percentage is None:
            errors["offer_percentage"] = _("Give the discount: a percentage from 1 to 50.")
        if self.offer_benefit != OfferBenefit.PERCENTAGE:
            self.offer_percentage = None
        # Oscar stores voucher codes in capitals and matches them so at checkout.
        self.voucher_code = self.voucher_code.strip().upper()
        if self.offer_benefit:
            self.voucher_code = self.voucher_code or self.share_code.upper()
            if self.voucher_code and voucher_code_clash(self):
                errors["voucher_code"] = _(
                    "A voucher made elsewhere already has this code: choose another one."
                )
        elif self.voucher_code:
            Voucher = get_model("voucher", "Voucher")
            if not Voucher.objects.filter(code=self.voucher_code).exists():
                errors["voucher_code"] = _("No voucher has this code in the shop.")
        return errors

    def search_body(self):
        return " ".join([self.summary, stream_text(self.body)])

    def share_code_taken(self) -> bool:
        """Whether a campaign other than this one (in any of its languages) has its code."""
        return (
            CampaignPage.objects.filter(share_code=self.share_code)
            .exclude(translation_key=self.translation_key)
            .exists()
        )

    def permissions_for_user(self, user):
        return CampaignPermissionTester(user, self)

    @property
    def voucher(self):
        if not self.voucher_code:
            return None
        Voucher = get_model("voucher", "Voucher")
        return Voucher.objects.filter(code=self.voucher_code).first()

    def supporters_voucher(self):
        """The voucher to show buyers: only while it can be used, with its offer open."""
        voucher = self.voucher
        if voucher is None or not voucher.is_active():
            return None
        if not any(offer.is_open for offer in voucher.offers.all()):
            return None
        return voucher

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["cooperatives"] = localized(
            self.cooperatives.live(), CooperativePage.objects.live()
        )
        progress = campaign_progress(self)
        context["progress"] = progress
        context["chart"] = orders_chart(progress.orders_over_time)
        context["share_links"] = share_links(self, request)
        context["attribution_days"] = ATTRIBUTION_DAYS
        context["voucher"] = self.supporters_voucher()
        return context

    def share_url(self, request):
        """The page's address with its share code: visits through it are attributed."""
        return f"{page_full_url(self, request)}?{QUERY_PARAMETER}={self.share_code}"

    def get_social_card(self, request):
        """The share image (``share-image/``, a PNG) for og:image, with its size and description."""
        return {
            "url": page_full_url(self, request) + self.reverse_subpage("share_card"),
            "width": SHARE_CARD_WIDTH,
            "height": SHARE_CARD_HEIGHT,
            "alt": self.title,
        }

    @path("share-image/", name="share_card")
    def share_card_view(self, request):
        progress = campaign_progress(self)
        figures = progress.figures
        png = cached(
            f"card:{self.pk}:{self.latest_revision_id}:{figures.sent}:{figures.pieces}",
            lambda: share_card(self, progress),
        )
        response = HttpResponse(png, content_type="image/png")
        patch_cache_control(response, public=True, max_age=SHARE_CARD_MAX_AGE)
        return response
