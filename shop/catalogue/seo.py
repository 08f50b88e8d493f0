"""Sharing and search metadata of the shop's pages: product, category, catalogue.

The ``{% head_meta %}`` tag (``tawiza/templatetags/seo_tags.py``) asks these functions when the
view shows a product, a category or the catalogue; ``tawiza/seo.py`` holds what pages and
shop share (the ``HeadMeta``, URLs on the request's host). See docs/seo.md.
"""

import logging

from django.conf import settings
from django.utils.translation import gettext
from oscar.core.loading import get_class
from oscar.core.thumbnails import get_thumbnailer

from tawiza.seo import (
    SOCIAL_IMAGE_SIZE,
    HeadMeta,
    absolute_url,
    other_languages,
    page_full_url,
    plain_text,
    site_description,
    view_meta,
)

from .texts import localized_category_name, localized_text

Selector = get_class("partner.strategy", "Selector")

logger = logging.getLogger(__name__)

SCHEMA_IN_STOCK = "https://schema.org/InStock"
SCHEMA_OUT_OF_STOCK = "https://schema.org/OutOfStock"
ALL_LANGUAGES = {code for code, _name in settings.LANGUAGES}


def _made_by(name):
    return gettext("%(name)s, made by hand and sold directly by Moroccan artisan cooperatives.") % {
        "name": name
    }


def social_thumbnail(image_file, alt):
    """A 1200×630 JPEG of a product or category image, or None when it cannot be made."""
    if not image_file:
        return None
    width, height = SOCIAL_IMAGE_SIZE
    try:
        thumb = get_thumbnailer().generate_thumbnail(
            image_file, size=f"{width}x{height}", crop="center", format="JPEG"
        )
    except OSError:
        # A file gone from the storage must not take the product page down with it.
        logger.warning("no sharing thumbnail for %s", image_file, exc_info=True)
        return None
    return {"url": thumb.url, "width": thumb.width, "height": thumb.height, "alt": alt}


def _absolute_image(request, image):
    if image is not None:
        image["url"] = absolute_url(request, image["url"])
    return image


def purchase_info(request, product):
    """Oscar's price and availability for this visitor (the request's stock strategy)."""
    strategy = getattr(request, "strategy", None) or Selector().strategy(request=request)
    if product.is_parent:
        return strategy.fetch_for_parent(product)
    return strategy.fetch_for_product(product)


def seller_page(product):
    """The cooperative page (in the visitor's language) that sells the product, or None."""
    artisan = product.artisan.localized if product.artisan_id else None
    if artisan is None or not artisan.live:
        return None
    cooperative = artisan.cooperative_here
    return cooperative if cooperative.live else None


def product_structured_data(product, request, canonical, text, image):
    """schema.org ``Product`` with its ``Offer``: what search engines show as a rich result."""
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": text.title,
        "description": plain_text(text.description, length=5000) or _made_by(text.title),
        "url": canonical,
        "inLanguage": text.language_code,
    }
    if product.upc:
        data["sku"] = product.upc
    if image:
        data["image"] = [image["url"]]
    cooperative = seller_page(product)
    if cooperative is not None:
        organization = {
            "@type": "Organization",
            "name": cooperative.title,
            "url": page_full_url(cooperative, request),
        }
        data["brand"] = {"@type": "Brand", "name": cooperative.title}
    else:
        organization = {"@type": "Organization", "name": settings.WAGTAIL_SITE_NAME}
    info = purchase_info(request, product)
    if info.price.exists:
        amount = info.price.incl_tax if info.price.is_tax_known else info.price.excl_tax
        data["offers"] = {
            "@type": "Offer",
            "url": canonical,
            "price": f"{amount:.2f}",
            "priceCurrency": info.price.currency,
            "availability": (
                SCHEMA_IN_STOCK if info.availability.is_available_to_buy else SCHEMA_OUT_OF_STOCK
            ),
            "itemCondition": "https://schema.org/NewCondition",
            "seller": organization,
        }
    return data


def product_meta(product, request):
    text = localized_text(product)
    canonical = absolute_url(request, product.get_absolute_url())
    primary = product.primary_image()
    image = None
    if getattr(primary, "original", None) and not getattr(primary, "is_missing", False):
        image = _absolute_image(request, social_thumbnail(primary.original, text.title))
    return HeadMeta(
        title=text.title,
        description=text.description or _made_by(text.title),
        canonical=canonical,
        og_type="product",
        image=image,
        structured_data=[product_structured_data(product, request, canonical, text, image)],
        # Every language shows the product (French words, marked, where not yet translated).
        alternate_languages=other_languages(ALL_LANGUAGES),
    )


def category_meta(category, request):
    name = localized_category_name(category)
    canonical = absolute_url(request, category.get_absolute_url())
    image = None
    if category.image:
        image = _absolute_image(request, social_thumbnail(category.image, name))
    return HeadMeta(
        title=name,
        description=_made_by(name),
        canonical=canonical,
        image=image,
        structured_data=[
            {
                "@context": "https://schema.org",
                "@type": "CollectionPage",
                "name": name,
                "url": canonical,
            }
        ],
        alternate_languages=other_languages(ALL_LANGUAGES),
    )


def catalogue_meta(request):
    meta = view_meta(request, title=gettext("Shop"), description=site_description())
    # The first page of the catalogue is the canonical one; filters and sorting are views of it.
    meta.structured_data = [
        {
            "@context": "https://schema.org",
            "@type": "CollectionPage",
            "name": meta.title,
            "url": meta.canonical,
        }
    ]
    return meta
