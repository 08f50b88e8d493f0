"""Cooperative and artisan pages: who makes the pieces sold in the shop, and where."""

from decimal import Decimal

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from oscar.core.loading import get_model
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from artisans.blocks import StoryBlock
from artisans.forms import ArtisanPageForm
from artisans.snippets import Craft
from search.indexing import LanguageSearchMixin, language_search_fields
from search.text import stream_text
from tawiza.locales import default_locale
from tawiza.seo import page_full_url

from .fields import MultipleChoiceJSONField

# Languages an artisan may speak with a visitor: the site's four, and the other languages
# heard in Moroccan cooperatives. Codes are ISO 639 (ary: Moroccan Arabic, tzm: Central
# Atlas Tamazight, zgh: Standard Moroccan Tamazight), so they never need translating.
SPOKEN_LANGUAGES = [
    ("ar", _("Arabic")),
    ("ary", _("Darija (Moroccan Arabic)")),
    ("shi", _("Tachelhit")),
    ("tzm", _("Central Atlas Tamazight")),
    ("rif", _("Tarifit")),
    ("fr", _("French")),
    ("en", _("English")),
    ("es", _("Spanish")),
]


def in_locale(objects, locale):
    """Each of ``objects`` (translatable) replaced by its translation in ``locale`` when it has one.

    One query, whatever the number of objects; the order of ``objects`` is kept.
    """
    objects = list(objects)
    missing = [o.translation_key for o in objects if o.locale_id != locale.pk]
    if not missing:
        return objects
    model = type(objects[0])
    translations = {
        o.translation_key: o
        for o in model.objects.filter(translation_key__in=missing, locale=locale)
    }
    return [translations.get(o.translation_key, o) for o in objects]


def product_cards():
    """Public products, with what a product card needs (image, price) fetched up front."""
    Product = get_model("catalogue", "Product")
    ProductImage = get_model("catalogue", "ProductImage")
    return (
        Product.objects.filter(is_public=True)
        .select_related("product_class")
        .prefetch_related(
            Prefetch("images", queryset=ProductImage.objects.order_by("display_order")),
            "stockrecords__partner",
            "texts",  # the product's words in the reader's language
        )
        .order_by("title")
    )


def products_by_artisans(artisans):
    """Public products made by ``artisans`` (their French pages)."""
    return product_cards().filter(artisan__in=artisans)


def portraits_prefetch(queryset):
    """``queryset`` of artisan pages with their portraits and its renditions in two queries."""
    return queryset.select_related("portrait").prefetch_related("portrait__renditions")


class CooperativeIndexPage(Page):
    """Lists the cooperatives of one language tree."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["artisans.CooperativePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("cooperative index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        cooperatives = list(
            CooperativePage.objects.child_of(self)
            .live()
            .select_related("region")
            .prefetch_related(
                Prefetch(
                    "gallery_images",
                    queryset=CooperativeGalleryImage.objects.select_related(
                        "image"
                    ).prefetch_related("image__renditions"),
                )
            )
        )
        regions = [c.region for c in cooperatives if c.region]
        localized = dict(zip([r.pk for r in regions], in_locale(regions, self.locale), strict=True))
        for cooperative in cooperatives:
            cooperative.region_here = localized.get(cooperative.region_id)
        context["cooperatives"] = cooperatives
        return context


class CooperativePage(LanguageSearchMixin, Page):
    """A cooperative: its story for buyers, and its Oscar partner as the seller of record.

    Every translation of the page points at the same partner, so the link is a foreign key
    rather than a one-to-one field.
    """

    partner = models.ForeignKey(
        "partner.Partner",
        verbose_name=_("shop partner"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="cooperative_pages",
    )
    fee_rate = models.DecimalField(
        _("platform fee rate"),
        max_digits=4,
        decimal_places=3,
        default=Decimal("0.100"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("0.300"))],
        help_text=_("The platform's share of each sale, e.g. 0.100 for 10 %."),
    )
    founded_year = models.PositiveSmallIntegerField(
        _("founded in"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    region = models.ForeignKey(
        "artisans.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cooperatives",
    )
    members_count = models.PositiveSmallIntegerField(_("number of members"), null=True, blank=True)
    intro = models.TextField(_("introduction"), blank=True)
    story = StreamField(StoryBlock(), verbose_name=_("story"), blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("-90")), MaxValueValidator(Decimal("90"))],
        help_text=_("Decimal degrees, north positive, e.g. 31.67."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("-180")), MaxValueValidator(Decimal("180"))],
        help_text=_("Decimal degrees, east positive: Morocco is west, e.g. -6.45."),
    )
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    email = models.EmailField(_("email"), blank=True)
    address = models.TextField(_("postal address"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("story"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("founded_year"), FieldPanel("members_count")]),
                FieldPanel("region"),
            ],
            heading=_("Facts"),
        ),
        InlinePanel("gallery_images", heading=_("Gallery"), label=_("image")),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
            heading=_("Location"),
        ),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("address")],
            heading=_("Contact"),
        ),
        MultiFieldPanel([FieldPanel("partner"), FieldPanel("fee_rate")], heading=_("Shop")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("story"),
        *language_search_fields(),
    ]
    # A phone number reads the same in every language.
    override_translatable_fields = [SynchronizedField("phone")]

    parent_page_types = ["artisans.CooperativeIndexPage"]
    subpage_types = ["artisans.ArtisanPage"]

    class Meta:
        verbose_name = _("cooperative")

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(
                _("Give both the latitude and the longitude, or neither."),
                code="incomplete_location",
            )

    def search_body(self):
        return " ".join([self.intro, stream_text(self.story), self.address])

    @property
    def fee_percent(self):
        return self.fee_rate * 100

    @property
    def has_location(self):
        return self.latitude is not None and self.longitude is not None

    def source_page(self):
        """The French (source) page, which products and partner are linked to."""
        if self.locale.language_code == settings.LANGUAGE_CODE:
            return self
        return self.get_translation_or_none(default_locale()) or self

    def artisans_here(self):
        return portraits_prefetch(ArtisanPage.objects.child_of(self).live())

    def products_for_sale(self):
        """Products made by this cooperative's artisans (whose French pages they name)."""
        source = self.source_page()
        return products_by_artisans(ArtisanPage.objects.child_of(source))

    def get_social_image(self):
        """(image, alternative text) shared on social networks: the first gallery image."""
        first = self.gallery_images.select_related("image").first()
        return (first.image, first.alt_text) if first else None

    def get_structured_data(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": self.title,
            "url": page_full_url(self, request),
        }
        if self.intro:
            data["description"] = self.intro
        if self.founded_year:
            data["foundingDate"] = str(self.founded_year)
        if self.members_count:
            data["numberOfEmployees"] = {
                "@type": "QuantitativeValue",
                "value": self.members_count,
            }
        if self.email:
            data["email"] = self.email
        if self.phone:
            data["telephone"] = self.phone
        address = {"@type": "PostalAddress", "addressCountry": "MA"}
        if self.address:
            address["streetAddress"] = self.address
        region = in_locale([self.region], self.locale)[0] if self.region else None
        if region:
            address["addressRegion"] = region.name
        data["address"] = address
        if self.has_location:
            data["location"] = {
                "@type": "Place",
                "geo": {
                    "@type": "GeoCoordinates",
                    "latitude": float(self.latitude),
                    "longitude": float(self.longitude),
                },
            }
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["artisans"] = self.artisans_here()
        context["products"] = self.products_for_sale()
        context["region"] = in_locale([self.region], self.locale)[0] if self.region else None
        context["gallery"] = self.gallery_images.select_related("image").prefetch_related(
            "image__renditions"
        )
        return context


class CooperativeGalleryImage(TranslatableMixin, Orderable):
    """A photograph of the cooperative, with alt text required: the gallery is editorial."""

    page = ParentalKey(CooperativePage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        get_image_model(), verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        help_text=_("What the photograph shows, for people who cannot see it."),
    )
    caption = models.CharField(_("caption"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("gallery image")
        verbose_name_plural = _("gallery images")


class ArtisanPage(LanguageSearchMixin, Page):
    """One maker, under their cooperative. Products name their artisan's French page."""

    village = models.CharField(_("village"), max_length=120, blank=True)
    portrait = models.ForeignKey(
        get_image_model(),
        verbose_name=_("portrait"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Set the focal point on the face: the portrait is cropped around it."),
    )
    crafts = ParentalManyToManyField(
        Craft,
        verbose_name=_("crafts"),
        blank=True,
        help_text=_("Chosen on the French page; every translation shows them in its language."),
    )
    languages_spoken = MultipleChoiceJSONField(
        _("languages spoken"), options=SPOKEN_LANGUAGES, blank=True
    )
    quote = models.CharField(_("pull quote"), max_length=280, blank=True)
    story = StreamField(StoryBlock(), verbose_name=_("story"), blank=True)
    mentor = models.ForeignKey(
        "self",
        verbose_name=_("mentor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="apprentices",
        help_text=_("The artisan who taught this one, if they are on Tawiza."),
    )
    # The artisan's own sign-in, when they manage their profile themselves
    # (artisans/invitations.py); every translation of the page points at the same account.
    account = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="artisan_pages",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("portrait"),
        FieldPanel("village"),
        FieldPanel("crafts", widget=forms.CheckboxSelectMultiple),
        FieldPanel("languages_spoken"),
        FieldPanel("quote"),
        FieldPanel("story"),
        FieldPanel("mentor"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("village"),
        index.SearchField("quote"),
        index.SearchField("story"),
        *language_search_fields(),
    ]
    base_form_class = ArtisanPageForm
    parent_page_types = ["artisans.CooperativePage"]
    subpage_types = []
    # OpenGraph: a page about a person.
    og_type = "profile"

    class Meta:
        verbose_name = _("artisan")

    def clean(self):
        super().clean()
        if self.mentor_id is not None and self.pk is not None:
            own = {self.pk}
            if self.translation_key:
                own |= set(
                    ArtisanPage.objects.filter(translation_key=self.translation_key).values_list(
                        "pk", flat=True
                    )
                )
            if self.mentor_id in own:
                raise ValidationError(
                    {"mentor": _("An artisan cannot be their own mentor.")}, code="self_mentor"
                )

    @property
    def cooperative(self):
        return CooperativePage.objects.parent_of(self).first()

    @property
    def products_made(self):
        """The artisan's products on sale; products point at the French (source) page."""
        source = self.get_translation_or_none(default_locale()) or self
        return source.products.filter(is_public=True)

    @cached_property
    def cooperative_here(self):
        """The cooperative page above this one (same language), fetched once per render."""
        return self.get_parent().specific_deferred

    @cached_property
    def source_page(self):
        """The French (source) page: products name it, and its crafts are the ones shown."""
        if self.locale_id == default_locale().pk:
            return self
        return self.get_translation_or_none(default_locale()) or self

    @cached_property
    def crafts_here(self):
        """The French page's crafts, named in this page's language.

        wagtail-localize does not synchronise many-to-many fields to translations, so the
        source page's choice is the one that counts, in every language.
        """
        return in_locale(self.source_page.crafts.all(), self.locale)

    def search_body(self):
        return " ".join([self.village, self.quote, stream_text(self.story)])

    def languages_spoken_labels(self):
        labels = dict(SPOKEN_LANGUAGES)
        return [labels[code] for code in self.languages_spoken if code in labels]

    def get_social_image(self):
        """(image, alternative text) shared on social networks: the portrait."""
        return (self.portrait, self.title) if self.portrait else None

    def get_structured_data(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "Person",
            "name": self.title,
            "url": page_full_url(self, request),
        }
        if self.village:
            data["homeLocation"] = {"@type": "Place", "name": self.village}
        if self.quote:
            data["description"] = self.quote
        cooperative = self.cooperative_here
        data["memberOf"] = {
            "@type": "Organization",
            "name": cooperative.title,
            "url": page_full_url(cooperative, request),
        }
        crafts = self.crafts_here if self.pk else []
        if crafts:
            data["knowsAbout"] = [craft.name for craft in crafts]
        if self.languages_spoken:
            data["knowsLanguage"] = list(self.languages_spoken)
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["cooperative"] = self.cooperative_here
        context["crafts"] = self.crafts_here
        mentor = None
        if self.mentor_id:
            mentor = in_locale([self.mentor], self.locale)[0]
            if not mentor.live:
                mentor = None
        context["mentor"] = mentor
        source = self.source_page
        # A new page being previewed has no products yet (and cannot be used in a filter).
        context["products"] = products_by_artisans([source]) if source.pk else []
        return context
