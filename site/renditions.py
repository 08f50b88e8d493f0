"""Every image size the templates show, made ahead so that no page view resizes a picture.

The filter specs below are the ones the templates write (docs/performance.md, "Renditions");
``tests/performance/test_renditions_ahead.py`` reads the templates and fails when one of them
asks for a size missing here. When a page is published, or an image or a product picture is
saved, a background task (django-tasks) makes the renditions and thumbnails of its pictures:
a visitor's page view then only reads them.
"""

import logging

from django.db import transaction
from django.db.models.signals import post_save
from django_tasks import task
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.models import Filter

logger = logging.getLogger(__name__)

# Wagtail images, by where they are shown: each value is the specs as the templates write them
# in {% image %}, {% srcset_image %} and {% picture %} (brace lists expanded by Wagtail).
SOCIAL = ["fill-1200x630-c100|format-jpeg"]  # tawiza/seo.py SOCIAL_IMAGE_FILTER
SPECS = {
    # home/home_page.html
    "home_hero": ["format-{avif,webp,jpeg} fill-{800x350,1200x525,1600x700}", *SOCIAL],
    # stories/story_page.html, campaign_page.html; the story's JSON-LD image; index cards
    "story_hero": [
        "format-{webp,jpeg} fill-{600x340,1200x675}",
        "fill-{480x320,960x640} format-webp",
        "fill-1200x630|format-jpeg",
        *SOCIAL,
    ],
    "campaign_hero": [
        "format-{webp,jpeg} fill-{600x340,1200x675}",
        "fill-{480x320,960x640} format-webp",
        *SOCIAL,
    ],
    # artisans/artisan_page.html, includes/artisan_card.html, blocks/artisan_card.html and
    # the maker on a product page (oscar/catalogue/detail.html)
    "portrait": [
        "format-{avif,webp,jpeg} fill-{320x320,640x640}-c100",
        "format-{avif,webp,jpeg} fill-{240x240,480x480}-c100",
        "fill-160x160-c100 format-webp",  # also the artisan's own profile form and its review
        *SOCIAL,
    ],
    # artisans/cooperative_page.html's gallery; the first one on cooperative_index_page.html
    "cooperative_gallery": [
        "format-{avif,webp,jpeg} fill-{480x360,960x720}",
        "format-{avif,webp,jpeg} fill-{480x320,960x640}",
        *SOCIAL,
    ],
    # Body blocks: blocks/_picture.html (an image with its caption), blocks/gallery.html,
    # blocks/captioned_image.html (artisans' and cooperatives' stories)
    "body_picture": ["format-{webp,jpeg} width-{400,800,1200}"],
    "body_gallery": ["fill-{400x300,800x600} format-webp"],
    "captioned_image": ["format-{avif,webp,jpeg} width-{480,960}"],
}

# Product pictures (Oscar's {% oscar_thumbnail %}, sorl-thumbnail): size and options.
PRODUCT_THUMBNAILS = [
    {"size": "480x360", "crop": "center", "format": "WEBP"},  # includes/product_card.html
    {"size": "440x400", "upscale": False},  # catalogue/partials/gallery.html
    {"size": "400x400", "crop": "center"},  # blocks/_product.html
    {"size": "100x100", "upscale": False},  # basket, checkout, thank-you, wish lists
    {"size": "144x144", "crop": "center", "format": "WEBP"},  # shop/fulfilment/maker_orders.html
]

# Image fields of page types, and the relation whose items hold a picture.
PAGE_IMAGE_FIELDS = {
    "home.homepage": {"hero_image": "home_hero"},
    "stories.storypage": {"hero_image": "story_hero"},
    "stories.campaignpage": {"hero_image": "campaign_hero"},
    "artisans.artisanpage": {"portrait": "portrait"},
}
PAGE_IMAGE_RELATIONS = {"artisans.cooperativepage": {"gallery_images": "cooperative_gallery"}}
# Stream blocks holding pictures, by their block class name.
BLOCK_KINDS = {
    "ImageWithCaptionBlock": "body_picture",
    "GalleryBlock": "body_gallery",
    "CaptionedImageBlock": "captioned_image",
}


def expanded(kind):
    """The single filter specs of ``kind``, as the templates' tags expand them."""
    specs = []
    for spec in SPECS[kind]:
        specs.extend(Filter.expand_spec(spec))
    return specs


def all_specs():
    return sorted({spec for kind in SPECS for spec in expanded(kind)})


# What a page shows --------------------------------------------------------------------------


def images_of_page(page):
    """``(image, kind)`` for every picture ``page`` (a specific page) shows of its own."""
    found = []
    label = page._meta.label_lower
    for field, kind in PAGE_IMAGE_FIELDS.get(label, {}).items():
        image = getattr(page, field, None)
        if image is not None:
            found.append((image, kind))
    for relation, kind in PAGE_IMAGE_RELATIONS.get(label, {}).items():
        for item in getattr(page, relation).select_related("image"):
            if item.image is not None:
                found.append((item.image, kind))
    for field in page._meta.concrete_fields:
        if isinstance(field, StreamField):
            found.extend(_images_of_stream(getattr(page, field.name)))
    return found


def _images_of_stream(value, kind=None):
    """Walk a stream (and its structs and lists) for images, with the kind of their block."""
    from wagtail.blocks import StreamValue, StructValue
    from wagtail.blocks.list_block import ListValue

    image_model = get_image_model()
    if isinstance(value, image_model):
        return [(value, kind)] if kind else []
    found = []
    if isinstance(value, StreamValue):
        for child in value:
            child_kind = BLOCK_KINDS.get(type(child.block).__name__, kind)
            found.extend(_images_of_stream(child.value, child_kind))
    elif isinstance(value, StructValue):
        own_kind = BLOCK_KINDS.get(type(value.block).__name__, kind)
        for item in value.values():
            found.extend(_images_of_stream(item, own_kind))
    elif isinstance(value, ListValue | list | tuple):
        for item in value:
            found.extend(_images_of_stream(item, kind))
    return found


# Making them --------------------------------------------------------------------------------


def make_renditions(image, kinds):
    specs = sorted({spec for kind in kinds for spec in expanded(kind)})
    try:
        image.get_renditions(*specs)
    except (OSError, ValueError, SyntaxError):
        # A damaged file stored before uploads were checked: the page shows no picture
        # either way (Wagtail's "not found" rendition); nothing to retry.
        logger.warning("Renditions of image %s could not be made", image.pk, exc_info=True)


def make_product_thumbnails(product_image):
    from oscar.core.thumbnails import get_thumbnailer

    thumbnailer = get_thumbnailer()
    for options in PRODUCT_THUMBNAILS:
        try:
            thumbnailer.generate_thumbnail(product_image.original, **dict(options))
        except (OSError, ValueError, SyntaxError):
            logger.warning(
                "Thumbnails of product image %s could not be made", product_image.pk, exc_info=True
            )
            return


@task()
def make_page_renditions(page_id):
    """Renditions of every picture of a page's live version."""
    from wagtail.models import Page

    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return 0
    page = page.specific
    by_image = {}
    for image, kind in images_of_page(page):
        by_image.setdefault(image.pk, (image, set()))[1].add(kind)
    for image, kinds in by_image.values():
        make_renditions(image, kinds)
    return len(by_image)


@task()
def make_image_renditions(image_id):
    """Renditions of a saved image, for every live page that shows it."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page, ReferenceIndex

    image = get_image_model().objects.filter(pk=image_id).first()
    if image is None:
        return 0
    # Pages whose image fields or gallery items name it, and those whose StreamFields do
    # (Wagtail's reference index, kept up to date by its own task).
    page_ids = set()
    for label, fields in PAGE_IMAGE_FIELDS.items():
        model = apps.get_model(label)
        for field in fields:
            page_ids.update(model.objects.filter(**{field: image}).values_list("pk", flat=True))
    for label, relations in PAGE_IMAGE_RELATIONS.items():
        model = apps.get_model(label)
        for relation in relations:
            page_ids.update(
                model.objects.filter(**{f"{relation}__image": image}).values_list("pk", flat=True)
            )
    references = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(image),
        to_object_id=str(image.pk),
        base_content_type=ContentType.objects.get_for_model(Page),
    )
    page_ids.update(int(object_id) for object_id in references.values_list("object_id", flat=True))
    kinds = set()
    for page in Page.objects.live().filter(pk__in=page_ids).specific():
        kinds.update(kind for found, kind in images_of_page(page) if found.pk == image.pk)
    if kinds:
        make_renditions(image, kinds)
    return len(kinds)


@task()
def make_product_image_thumbnails(product_image_id):
    from oscar.core.loading import get_model

    images = get_model("catalogue", "ProductImage").objects
    product_image = images.filter(pk=product_image_id).first()
    if product_image is None or not product_image.original:
        return 0
    make_product_thumbnails(product_image)
    return len(PRODUCT_THUMBNAILS)


# Signals ------------------------------------------------------------------------------------


def _enqueue(task_, *args):
    """Queue ``task_`` once the transaction commits (the worker must see the rows)."""

    def enqueue():
        try:
            task_.enqueue(*args)
        except Exception:  # the page or image is saved: a missed rendition is made on view
            logger.exception("Could not queue %s%s", task_.name, args)

    transaction.on_commit(enqueue)


def on_page_published(sender, instance, **kwargs):
    _enqueue(make_page_renditions, instance.pk)


def on_image_saved(sender, instance, created=False, raw=False, update_fields=None, **kwargs):
    if raw or created:  # a new image is shown nowhere yet: its page's publication makes them
        return
    if update_fields is not None and not {"file", "focal_point_x"} & set(update_fields):
        return  # e.g. its file hash or size noted: the picture is unchanged
    _enqueue(make_image_renditions, instance.pk)


def on_product_image_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    _enqueue(make_product_image_thumbnails, instance.pk)


def connect_signals():
    from oscar.core.loading import get_model
    from wagtail.signals import page_published

    page_published.connect(on_page_published, dispatch_uid="renditions-page-published")
    post_save.connect(on_image_saved, sender=get_image_model(), dispatch_uid="renditions-image")
    post_save.connect(
        on_product_image_saved,
        sender=get_model("catalogue", "ProductImage"),
        dispatch_uid="renditions-product-image",
    )
