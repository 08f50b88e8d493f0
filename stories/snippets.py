from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class DiasporaAssociation(TranslatableMixin, index.Indexed, models.Model):
    """An association of the Moroccan diaspora that runs campaigns for cooperatives."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=80)
    city = models.CharField(_("city"), max_length=80, blank=True)
    country = models.CharField(_("country"), max_length=80, blank=True)
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    editors = models.ManyToManyField(
        "auth.User",
        verbose_name=_("editors"),
        blank=True,
        related_name="diaspora_associations",
        help_text=_("Accounts that may edit this association's campaigns."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("city"),
        FieldPanel("country"),
        FieldPanel("description"),
        FieldPanel("website"),
        FieldPanel("editors"),
    ]
    search_fields = [index.SearchField("name"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("diaspora association")
        verbose_name_plural = _("diaspora associations")
        ordering = ["name"]

    def __str__(self):
        return self.name
