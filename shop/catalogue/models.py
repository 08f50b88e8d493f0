"""Oscar's catalogue, forked so that every product names the artisan who made it.

The artisan (an ``ArtisanPage``, in the source language) in turn belongs to a cooperative,
which is the product's seller. Product text stays in French on the product itself.
"""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.catalogue.abstract_models import AbstractProduct, AbstractProductImage
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index

from search.indexing import LanguageSearchMixin, language_search_fields
from tawiza.images import check_image_decodes

from .blocks import AttributeTextBlock
from .imports import CatalogueImport  # noqa: F401 (a model of this app)


class ApprovalStatus(models.TextChoices):
    """Where a product stands in review (shop/catalogue/approval.py): an artisan's own
    product waits for their cooperative first, then for staff like a manager's."""

    AWAITING_COOPERATIVE = "cooperative", _("Awaiting the cooperative")
    PENDING = "pending", _("Awaiting approval")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class Product(AbstractProduct):
    artisan = models.ForeignKey(
        "artisans.ArtisanPage",
        verbose_name=_("artisan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="products",
        help_text=_("Who made this piece. Choose the artisan's French page."),
    )
    materials = models.CharField(_("materials"), max_length=255, blank=True)
    care = models.TextField(_("care instructions"), blank=True)
    # Staff review of what a cooperative manager adds (shop/catalogue/approval.py): until
    # approved, a product is never public. Products made by staff, seed code or imports are
    # approved from the start.
    approval_status = models.CharField(
        _("approval"),
        max_length=16,
        choices=ApprovalStatus.choices,
        default=ApprovalStatus.APPROVED,
        db_index=True,
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approval_decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approval decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approval_decided_at = models.DateTimeField(_("approval decided at"), null=True, blank=True)
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)

    class Meta(AbstractProduct.Meta):
        app_label = "catalogue"
        constraints = [
            # The one rule every public list relies on (catalogue, search, sitemap, stories):
            # they all filter on is_public, so an unapproved product can never reach them.
            models.CheckConstraint(
                condition=models.Q(is_public=False)
                | models.Q(approval_status=ApprovalStatus.APPROVED),
                name="only_approved_products_are_public",
            )
        ]

    def save(self, *args, **kwargs):
        if self.approval_status != ApprovalStatus.APPROVED:
            self.is_public = False
        super().save(*args, **kwargs)
        # Oscar writes the attribute values after the product, in bulk (no signals): the
        # French text's copy of the prose ones follows here.
        from .signals import sync_french_attribute_texts

        sync_french_attribute_texts(self.pk)

    def get_title(self):
        """The title in the active language (Oscar's templates, basket and order lines use this)."""
        from .texts import localized_text

        text = localized_text(self)
        return super().get_title() if text.is_fallback else text.title

    def __str__(self):
        """The title in the active language: Oscar's basket lines describe themselves with it."""
        return self.get_title() or super().__str__()

    def is_review_permitted(self, user):
        """Only a buyer who received this product may review it, once (Oscar's templates ask
        this wherever they offer "Write a review", including the order pages)."""
        from .reviews.eligibility import may_review

        return may_review(user, self)

    weight = models.DecimalField(
        _("weight (kg)"),
        max_digits=7,
        decimal_places=3,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("Packed weight in kilograms; shipping is priced by weight."),
    )


class ProductText(LanguageSearchMixin, TranslatableMixin, index.Indexed, models.Model):
    """A product's words in one language; the product itself (SKU, stock, price) is shared.

    The French row mirrors the product's own fields and is kept in step when the product is
    saved; editors translate it into the other languages with wagtail-localize, as they do
    pages. See docs/product-text.md.
    """

    product = models.ForeignKey(
        Product, verbose_name=_("product"), on_delete=models.CASCADE, related_name="texts"
    )
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    materials = models.CharField(_("materials"), max_length=255, blank=True)
    care = models.TextField(_("care instructions"), blank=True)
    # The product's prose attribute values (its type's text attributes: ingredients,
    # dimensions…), keyed by attribute code; the French ones mirror the Oscar values.
    attribute_texts = StreamField(
        [("attribute", AttributeTextBlock())], blank=True, verbose_name=_("attribute texts")
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("materials"),
        FieldPanel("care"),
        FieldPanel("attribute_texts"),
    ]
    # One search document per product and language (docs/search.md): the words of this
    # language only, normalised, plus the maker's name; the site search filters on locale.
    search_fields = [
        *language_search_fields(),
        index.AutocompleteField("title"),
        index.FilterField("locale"),
        index.FilterField("product"),
    ]

    class Meta(TranslatableMixin.Meta):
        app_label = "catalogue"
        verbose_name = _("product text")
        verbose_name_plural = _("product texts")
        constraints = [
            models.UniqueConstraint(
                fields=["product", "locale"], name="one_product_text_per_locale"
            )
        ]

    def __str__(self):
        return self.title

    def search_body(self):
        maker = self.product.artisan.title if self.product.artisan_id else ""
        return " ".join([self.description, self.materials, maker, self.product.upc or ""])


class CategoryText(TranslatableMixin, models.Model):
    """A category's name in one language, translated like product text."""

    category = models.ForeignKey(
        "catalogue.Category",
        verbose_name=_("category"),
        on_delete=models.CASCADE,
        related_name="texts",
    )
    name = models.CharField(_("name"), max_length=255)

    panels = [FieldPanel("name")]

    class Meta(TranslatableMixin.Meta):
        app_label = "catalogue"
        verbose_name = _("category name")
        verbose_name_plural = _("category names")
        constraints = [
            models.UniqueConstraint(
                fields=["category", "locale"], name="one_category_text_per_locale"
            )
        ]

    def __str__(self):
        return self.name


class ProductImage(AbstractProductImage):
    """Oscar's product image, refusing a damaged upload (``tawiza/images.py``): the
    dashboard's image form validates the model, so a truncated JPEG is a form error there
    instead of a file every thumbnail of the product fails on."""

    class Meta(AbstractProductImage.Meta):
        app_label = "catalogue"

    def clean(self):
        super().clean()
        if self.original and not self.original._committed:
            try:
                check_image_decodes(self.original.file)
            except ValidationError as error:
                raise ValidationError({"original": error}) from error


from oscar.apps.catalogue.models import *  # noqa: E402, F403
