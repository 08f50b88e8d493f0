from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from .snippets import Craft, Region  # noqa: F401 (models of this app)


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
        context["cooperatives"] = CooperativePage.objects.child_of(self).live()
        return context


class CooperativePage(Page):
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
    founded_year = models.PositiveSmallIntegerField(_("founded in"), null=True, blank=True)
    region_name = models.CharField(_("region"), max_length=120, blank=True)
    members_count = models.PositiveSmallIntegerField(_("number of members"), null=True, blank=True)
    intro = models.TextField(_("introduction"), blank=True)
    body = RichTextField(_("story"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("founded_year"),
        FieldPanel("region_name"),
        FieldPanel("members_count"),
        FieldPanel("partner"),
        FieldPanel("fee_rate"),
    ]
    parent_page_types = ["artisans.CooperativeIndexPage"]
    subpage_types = ["artisans.ArtisanPage"]

    class Meta:
        verbose_name = _("cooperative")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["artisans"] = ArtisanPage.objects.child_of(self).live()
        return context


class ArtisanPage(Page):
    """One maker, under their cooperative. Products name their artisan's French page."""

    village = models.CharField(_("village"), max_length=120, blank=True)
    portrait = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("portrait"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    quote = models.CharField(_("pull quote"), max_length=280, blank=True)
    body = RichTextField(_("story"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("village"),
        FieldPanel("portrait"),
        FieldPanel("quote"),
        FieldPanel("body"),
    ]
    parent_page_types = ["artisans.CooperativePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("artisan")

    @property
    def cooperative(self):
        return CooperativePage.objects.parent_of(self).first()

    @property
    def products_made(self):
        """The artisan's products on sale; products point at the French (source) page."""
        source = self.get_translation_or_none(self.locale.get_default()) or self
        return source.products.filter(is_public=True)
