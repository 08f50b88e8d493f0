"""Site-wide content edited in Wagtail: the footer every page (content and shop) shows."""

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

FOOTER_CACHE_KEY = "tawiza:site-footer:{language}"


class SiteFooter(TranslatableMixin, models.Model):
    """What a buyer checks before trusting a shop with money: who to contact, how delivery and
    returns work, how to pay, who runs the site.

    A translatable snippet rather than a Wagtail setting: one row per language, translated in
    the same wagtail-localize workflow as the pages (settings are not translatable). The
    e-mail address and phone number are the same in every language (synchronised). Pages read
    it through `SiteFooter.for_language`, cached until a footer is saved.
    """

    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(
        _("contact phone"), max_length=40, blank=True, help_text=_("With the country code.")
    )
    contact_hours = models.CharField(
        _("opening hours"),
        max_length=200,
        blank=True,
        help_text=_("When the phone is answered, e.g. Monday to Saturday, 9:00–18:00."),
    )
    contact_address = models.TextField(_("postal address"), blank=True)
    delivery_and_returns = models.TextField(
        _("delivery and returns"),
        blank=True,
        help_text=_("Delivery times and costs, and how to return a piece."),
    )
    payment_methods = models.TextField(
        _("payment methods"), blank=True, help_text=_("How buyers pay, in plain words.")
    )
    legal_notice = models.TextField(
        _("legal notice"),
        blank=True,
        help_text=_("Who runs the site and who sells: the operator, and the cooperatives."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_hours"),
                FieldPanel("contact_address"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("delivery_and_returns"),
        FieldPanel("payment_methods"),
        FieldPanel("legal_notice"),
    ]

    override_translatable_fields = [
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        TranslatableField("contact_hours"),
        TranslatableField("contact_address"),
        TranslatableField("delivery_and_returns"),
        TranslatableField("payment_methods"),
        TranslatableField("legal_notice"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site footer")
        verbose_name_plural = _("site footers")

    def __str__(self):
        return str(_("Site footer (%(language)s)") % {"language": self.locale.get_display_name()})

    @classmethod
    def for_language(cls, language_code=None):
        """The footer in this language (default: the active one), else the French one, else None."""
        language = (language_code or get_language() or settings.LANGUAGE_CODE).split("-")[0]
        key = FOOTER_CACHE_KEY.format(language=language)
        footer = cache.get(key)
        if footer is None:
            footers = {
                row.locale.language_code: row
                for row in cls.objects.select_related("locale").filter(
                    locale__language_code__in={language, settings.LANGUAGE_CODE}
                )
            }
            footer = footers.get(language) or footers.get(settings.LANGUAGE_CODE) or False
            cache.set(key, footer, 60 * 60)
        return footer or None


@receiver(post_save, sender=SiteFooter)
@receiver(post_delete, sender=SiteFooter)
def forget_cached_footers(sender, **kwargs):
    cache.delete_many(
        [FOOTER_CACHE_KEY.format(language=code) for code, _name in settings.LANGUAGES]
    )
