"""Taxonomies shared by pages and products, translated like pages (wagtail-localize)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Craft(TranslatableMixin, index.Indexed, models.Model):
    """A craft (weaving, argan oil, pottery…); one row per language, linked by translation key."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("craft")
        verbose_name_plural = _("crafts")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Region(TranslatableMixin, index.Indexed, models.Model):
    """A region of Morocco, as buyers know it (Souss-Massa, High Atlas…)."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["name"]

    def __str__(self):
        return self.name
