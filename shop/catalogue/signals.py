"""Keep the French ``ProductText`` / ``CategoryText`` rows in step with the Oscar objects.

Oscar's dashboard edits the French words on the product itself; the French text row is
the source that wagtail-localize translates from.
"""

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver
from oscar.core.loading import get_model
from wagtail.models import Locale

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
ProductText = get_model("catalogue", "ProductText")
CategoryText = get_model("catalogue", "CategoryText")


def _source_locale():
    return Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()


@receiver(post_save, sender=Product)
def mirror_product_text(sender, instance, raw=False, **kwargs):
    locale = _source_locale()
    if raw or locale is None:
        return
    ProductText.objects.update_or_create(
        product=instance,
        locale=locale,
        defaults={
            "title": instance.title or (instance.parent.title if instance.parent_id else ""),
            "description": instance.description,
            "materials": instance.materials,
            "care": instance.care,
        },
    )


@receiver(post_save, sender=Category)
def mirror_category_text(sender, instance, raw=False, **kwargs):
    locale = _source_locale()
    if raw or locale is None:
        return
    CategoryText.objects.update_or_create(
        category=instance, locale=locale, defaults={"name": instance.name}
    )
