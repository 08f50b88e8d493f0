"""The benchmark data set (``manage.py seed_bench --scale S``), built fast.

What it makes is what the site serves: live pages in all four language trees (each
translation a real page sharing its French page's ``translation_key``, as wagtail-localize's
translations are), products with their ``ProductText`` in every language, stock records,
categories and pictures. To be fast:

- pages are added with treebeard's ``add_child`` one by one (a page tree needs its paths),
  live at once, without revisions or log entries (nobody edited them);
- products, stock records, texts, categories and product pictures are ``bulk_create``d;
- pictures are SHARED: a few dozen drawings, reused by every page and product;
- search indexing is switched off while seeding and done once at the end, in bulk, for the
  objects added (``--no-index`` leaves it to ``update_index``); Wagtail's reference index
  (the admin's "usage" counts) is not written (``rebuild_references_index`` does it).

Every item is numbered; a run creates the numbers that are missing, so it is idempotent and
can grow a data set from one scale to a larger one.
"""

import io
import math
import time
import uuid
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone
from django.utils.text import slugify
from oscar.core.loading import get_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale
from wagtail.search.backends import get_search_backend
from wagtail.signal_handlers import disable_reference_index_auto_update

from artisans.models import ArtisanPage, CooperativeIndexPage, CooperativePage
from artisans.snippets import Craft, Region
from home.models import HomePage
from stories.models import StoryIndexPage, StoryPage

from . import bench_content as words
from .images import draw_picture

Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
ProductText = get_model("catalogue", "ProductText")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductImage = get_model("catalogue", "ProductImage")
Category = get_model("catalogue", "Category")
Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")
Image = get_image_model()

FULL = {"cooperatives": 50, "artisans": 1000, "products": 20000, "stories": 2000}
COOPERATIVE_SLUG = "banc-cooperative-{:03d}"
ARTISAN_SLUG = "banc-artisan-{:04d}"
STORY_SLUG = "banc-histoire-{:04d}"
PRODUCT_UPC = "BANC-{:06d}"
COLLECTION_NAME = "Banc d'essai"
PICTURES = [
    (kind, palette)
    for kind in ("portrait", "landscape", "carpet", "bottle", "pot", "jewel")
    for palette in ("carpet", "argan", "clay", "silver")
]
PRODUCT_PICTURE_FOLDER = "images/products/bench"
BATCH = 2000


@dataclass(frozen=True)
class Sizes:
    cooperatives: int
    artisans: int
    products: int
    stories: int

    @classmethod
    def for_scale(cls, scale: float) -> "Sizes":
        return cls(**{kind: max(1, math.ceil(count * scale)) for kind, count in FULL.items()})


class BenchSeeder:
    def __init__(self, log):
        self.log = log
        self.started = time.monotonic()

    def step(self, message):
        self.log(f"[{time.monotonic() - self.started:7.1f} s] {message}")

    def demo_is_loaded(self) -> bool:
        return (
            HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).exists()
            and CooperativeIndexPage.objects.exists()
            and StoryIndexPage.objects.exists()
        )

    def run(self, sizes: Sizes, index=True) -> dict[str, int]:
        self.locales = {
            code: Locale.objects.get(language_code=code) for code, _name in settings.LANGUAGES
        }
        self.source = self.locales[settings.LANGUAGE_CODE]
        self.now = timezone.now()
        self.new_pages, self.new_products = {}, []
        created = {}
        # Search documents are written once at the end, in bulk, not page by page.
        backends = {
            name: {**config, "AUTO_UPDATE": False}
            for name, config in settings.WAGTAILSEARCH_BACKENDS.items()
        }
        # The reference index (the admin's "usage" counts) is left out as well: it costs
        # more than the page itself; ``manage.py rebuild_references_index`` fills it in.
        with (
            override_settings(WAGTAILSEARCH_BACKENDS=backends),
            disable_reference_index_auto_update(),
        ):
            self.images = self.ensure_images()
            created["cooperatives"] = self.ensure_cooperatives(sizes.cooperatives)
            created["artisans"] = self.ensure_artisans(sizes.artisans)
            created["products"] = self.ensure_products(sizes.products)
            created["stories"] = self.ensure_stories(sizes.stories)
        if index and any(created.values()):
            self.index_new_objects()
        return {kind: len(items) for kind, items in created.items()}

    # Pictures -------------------------------------------------------------------------------

    def ensure_images(self) -> list:
        """A few dozen Wagtail images and product picture files, shared by the whole data set."""
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=COLLECTION_NAME).first()
        if collection is None:
            collection = root.add_child(name=COLLECTION_NAME)
        existing = {image.title: image for image in Image.objects.filter(collection=collection)}
        images = []
        for number, (kind, palette) in enumerate(PICTURES):
            title = f"Banc d'essai {number:02d}"
            image = existing.get(title)
            if image is None:
                data = draw_picture(kind, palette, title, (900, 675))
                image = Image.objects.create(
                    title=title,
                    collection=collection,
                    file=ImageFile(io.BytesIO(data), name=f"banc-{number:02d}.jpg"),
                )
            images.append(image)
        self.product_pictures = []
        for number, (kind, palette) in enumerate(PICTURES):
            name = f"{PRODUCT_PICTURE_FOLDER}/banc-{number:02d}.jpg"
            if not default_storage.exists(name):
                data = draw_picture(kind, palette, f"produit {number}", (900, 675))
                name = default_storage.save(name, ContentFile(data))
            self.product_pictures.append(name)
        self.step(f"{len(images)} shared images ready")
        return images

    # Pages ----------------------------------------------------------------------------------

    def add_page(self, parent, page):
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = self.now
        parent.add_child(instance=page)
        return page

    def add_in_every_language(self, parents: dict, build, spec) -> dict:
        """``build(code, spec)`` for each language, added under that language's parent.

        The French page is made first; the others share its ``translation_key``.
        """
        pages = {}
        key = uuid.uuid4()
        for code, locale in self.locales.items():
            page = build(code, spec)
            page.locale = locale
            page.translation_key = key
            pages[code] = self.add_page(parents[code], page)
            self.new_pages.setdefault(type(page), []).append(page.pk)
        return pages

    def translations_of(self, page_or_snippet_model, source_pks) -> dict:
        """{(French pk, language code): translated object} for the given French objects."""
        keys = dict(
            page_or_snippet_model.objects.filter(pk__in=source_pks).values_list(
                "translation_key", "pk"
            )
        )
        found = {}
        for item in page_or_snippet_model.objects.filter(translation_key__in=keys).select_related(
            "locale"
        ):
            found[(keys[item.translation_key], item.locale.language_code)] = item
        return found

    def missing(self, model, slug_pattern, count):
        wanted = {slug_pattern.format(number): number for number in range(count)}
        have = set(
            model.objects.filter(locale=self.source, slug__in=wanted).values_list("slug", flat=True)
        )
        return [number for slug, number in wanted.items() if slug not in have]

    def ensure_cooperatives(self, count):
        todo = self.missing(CooperativePage, COOPERATIVE_SLUG, count)
        indexes = self.per_language(CooperativeIndexPage)
        regions = list(Region.objects.filter(locale=self.source).order_by("pk"))
        region_here = self.translations_of(Region, [region.pk for region in regions])
        for done, number in enumerate(todo, start=1):
            slug = COOPERATIVE_SLUG.format(number)
            place = words.pick(words.PLACES, number)
            title = words.joined(
                words.pick(words.COOPERATIVE_KINDS, number), place, separator=" – "
            )
            title = {code: f"{text} {number + 1}" for code, text in title.items()}
            intro = words.fill(words.COOPERATIVE_INTRO, place=place)
            partner, _created = Partner.objects.get_or_create(
                code=slug, defaults={"name": title["fr"]}
            )
            region = regions[number % len(regions)] if regions else None

            spec = {
                "number": number,
                "slug": slug,
                "title": title,
                "intro": intro,
                "place": place,
                "partner": partner,
                "region": region,
                "region_here": region_here,
            }
            with transaction.atomic():
                self.add_in_every_language(indexes, self.cooperative_page, spec)
            if done % 10 == 0:
                self.step(f"cooperatives: {done}/{len(todo)}")
        self.step(f"{len(todo)} cooperatives added (x{len(self.locales)} languages)")
        return todo

    def per_language(self, model, parent=None):
        """{language code: the one page of ``model`` in that language}."""
        pages = {}
        for page in model.objects.select_related("locale").order_by("path"):
            pages.setdefault(page.locale.language_code, page)
        missing = set(self.locales) - set(pages)
        if missing:
            raise RuntimeError(
                f"No {model._meta.verbose_name} in {', '.join(sorted(missing))}: run seed_demo."
            )
        return pages

    def bench_cooperatives(self) -> list[dict]:
        """Every bench cooperative, {language code: page}, in number order."""
        french = list(
            CooperativePage.objects.filter(
                locale=self.source, slug__startswith="banc-cooperative-"
            ).order_by("slug")
        )
        translations = self.translations_of(CooperativePage, [page.pk for page in french])
        return [
            {code: translations.get((page.pk, code), page) for code in self.locales}
            for page in french
        ]

    def ensure_artisans(self, count):
        todo = self.missing(ArtisanPage, ARTISAN_SLUG, count)
        cooperatives = self.bench_cooperatives()
        crafts = list(Craft.objects.filter(locale=self.source).order_by("pk"))
        for done, number in enumerate(todo, start=1):
            slug = ARTISAN_SLUG.format(number)
            name = words.maker_name(number)
            place = words.pick(words.PLACES, number, 3)
            quote = words.fill(words.ARTISAN_QUOTE, place=place)
            body = words.fill(words.ARTISAN_BODY, maker=name, place=place)
            portrait = self.images[number % len(self.images)]

            spec = {
                "number": number,
                "slug": slug,
                "name": name,
                "place": place,
                "quote": quote,
                "body": body,
                "portrait": portrait,
                "craft": crafts[number % len(crafts)] if crafts else None,
            }
            with transaction.atomic():
                self.add_in_every_language(
                    cooperatives[number % len(cooperatives)], self.artisan_page, spec
                )
            if done % 100 == 0:
                self.step(f"artisans: {done}/{len(todo)}")
        self.step(f"{len(todo)} artisans added (x{len(self.locales)} languages)")
        return todo

    # Products -------------------------------------------------------------------------------

    def ensure_products(self, count):
        wanted = {PRODUCT_UPC.format(number): number for number in range(count)}
        have = set(Product.objects.filter(upc__in=wanted).values_list("upc", flat=True))
        todo = [number for upc, number in wanted.items() if upc not in have]
        artisans = list(
            ArtisanPage.objects.filter(locale=self.source, slug__startswith="banc-artisan-")
            .order_by("slug")
            .values_list("pk", "path")
        )
        partner_by_path = {
            page.path: page.partner_id
            for page in CooperativePage.objects.filter(locale=self.source, slug__startswith="banc-")
        }
        product_classes = list(ProductClass.objects.order_by("pk"))
        categories = list(Category.objects.filter(depth=1).order_by("pk")) or list(
            Category.objects.order_by("pk")
        )
        for start in range(0, len(todo), BATCH):
            batch = todo[start : start + BATCH]
            with transaction.atomic():
                self.add_products(batch, artisans, partner_by_path, product_classes, categories)
            self.step(f"products: {start + len(batch)}/{len(todo)}")
        return todo

    def add_products(self, numbers, artisans, partner_by_path, product_classes, categories):
        products, texts_by_number = [], {}
        for number in numbers:
            artisan_pk, artisan_path = artisans[number % len(artisans)]
            maker = words.maker_name(number % len(artisans))
            kind = words.pick(words.PRODUCT_KINDS, number)
            quality = words.pick(words.PRODUCT_QUALITIES, number // len(words.PRODUCT_KINDS))
            title = words.joined(kind, quality)
            title = {code: f"{text} {number + 1}" for code, text in title.items()}
            place = words.pick(words.PLACES, number, 3)
            description = words.fill(words.PRODUCT_DESCRIPTION, maker=maker, place=place)
            texts_by_number[number] = (title, description)
            products.append(
                Product(
                    upc=PRODUCT_UPC.format(number),
                    title=title["fr"],
                    slug=slugify(title["fr"])[:200] or f"banc-{number}",
                    description=description["fr"],
                    structure=Product.STANDALONE,
                    product_class=product_classes[number % len(product_classes)],
                    artisan_id=artisan_pk,
                    is_public=True,
                    weight=Decimal("0.250") + Decimal(number % 20) / 10,
                )
            )
            # The artisan's cooperative is its parent page (the path's first steps).
            products[-1]._partner_id = partner_by_path[artisan_path[: -ArtisanPage.steplen]]
        Product.objects.bulk_create(products)
        self.new_products += [product.pk for product in products]
        stock, texts, links, pictures = [], [], [], []
        for number, product in zip(numbers, products, strict=True):
            title, description = texts_by_number[number]
            stock.append(
                StockRecord(
                    product=product,
                    partner_id=product._partner_id,
                    partner_sku=product.upc,
                    price_currency=settings.OSCAR_DEFAULT_CURRENCY,
                    price=Decimal(80 + (number * 37) % 1900),
                    num_in_stock=5 + number % 50,
                )
            )
            key = uuid.uuid4()
            for code, locale in self.locales.items():
                texts.append(
                    ProductText(
                        product=product,
                        locale=locale,
                        translation_key=key,
                        title=title[code],
                        description=description[code],
                    )
                )
            links.append(
                ProductCategory(product=product, category=categories[number % len(categories)])
            )
            pictures.append(
                ProductImage(
                    product=product,
                    original=self.product_pictures[number % len(self.product_pictures)],
                    caption=title["fr"],
                    display_order=0,
                )
            )
        StockRecord.objects.bulk_create(stock)
        ProductText.objects.bulk_create(texts)
        ProductCategory.objects.bulk_create(links)
        ProductImage.objects.bulk_create(pictures)

    # Stories --------------------------------------------------------------------------------

    def ensure_stories(self, count):
        todo = self.missing(StoryPage, STORY_SLUG, count)
        indexes = self.per_language(StoryIndexPage)
        cooperatives = self.bench_cooperatives()
        french_artisans = list(
            ArtisanPage.objects.filter(
                locale=self.source, slug__startswith="banc-artisan-"
            ).order_by("slug")
        )
        artisans = self.translations_of(ArtisanPage, [page.pk for page in french_artisans])
        products = list(
            Product.objects.filter(upc__startswith="BANC-")
            .order_by("pk")
            .values_list("pk", flat=True)[:500]
        )
        crafts = list(Craft.objects.filter(locale=self.source).order_by("pk"))
        regions = list(Region.objects.filter(locale=self.source).order_by("pk"))
        for done, number in enumerate(todo, start=1):
            artisan = french_artisans[number % len(french_artisans)]
            maker = words.maker_name(number % len(french_artisans))
            place = words.pick(words.PLACES, number, 5)
            spec = {
                "number": number,
                "slug": STORY_SLUG.format(number),
                "title": words.fill(words.STORY_TITLE, place=place, maker=maker, number=number + 1),
                "summary": words.fill(words.STORY_SUMMARY, maker=maker),
                "paragraph": words.fill(words.STORY_PARAGRAPH, maker=maker, place=place),
                "maker": maker,
                "place": place,
                "image": self.images[(number * 7) % len(self.images)],
                "grid": [products[(number * 3 + offset) % len(products)] for offset in range(3)],
                "artisan": artisan,
                "artisan_here": {
                    code: artisans.get((artisan.pk, code), artisan) for code in self.locales
                },
                "cooperative": cooperatives[number % len(cooperatives)][settings.LANGUAGE_CODE],
                "craft": crafts[number % len(crafts)] if crafts else None,
                "region": regions[number % len(regions)] if regions else None,
                "block_ids": {
                    name: str(uuid.uuid4()) for name in ("p", "image", "quote", "artisan", "grid")
                },
            }
            with transaction.atomic():
                self.add_in_every_language(indexes, self.story_page, spec)
            if done % 100 == 0:
                self.step(f"stories: {done}/{len(todo)}")
        self.step(f"{len(todo)} stories added (x{len(self.locales)} languages)")
        return todo

    def story_page(self, code, spec) -> StoryPage:
        ids = spec["block_ids"]
        image = spec["image"]
        grid = [
            {
                "type": "item",
                "value": pk,
                "id": str(uuid.uuid5(uuid.NAMESPACE_OID, f"{ids['grid']}/{pk}")),
            }
            for pk in spec["grid"]
        ]
        story = StoryPage(
            title=spec["title"][code],
            slug=spec["slug"],
            author=words.AUTHOR,
            date=(self.now - timezone.timedelta(days=spec["number"] % 900)).date(),
            summary=spec["summary"][code],
            hero_image=image,
            body=[
                {
                    "type": "paragraph",
                    "id": ids["p"],
                    "value": f"<p>{spec['paragraph'][code]}</p>",
                },
                {
                    "type": "image",
                    "id": ids["image"],
                    "value": {
                        "image": {
                            "image": image.pk,
                            "alt_text": spec["summary"][code],
                            "decorative": False,
                        },
                        "caption": spec["place"][code],
                        "credit": "Tawiza",
                    },
                },
                {
                    "type": "quote",
                    "id": ids["quote"],
                    "value": {
                        "text": words.STORY_QUOTE[code],
                        "attribution": spec["maker"][code],
                    },
                },
                {
                    "type": "artisan",
                    "id": ids["artisan"],
                    "value": {"artisan": spec["artisan_here"][code].pk, "note": ""},
                },
                {
                    "type": "product_grid",
                    "id": ids["grid"],
                    "value": {"heading": "", "products": grid},
                },
            ],
        )
        if spec["craft"]:
            story.crafts = [spec["craft"]]
        if spec["region"]:
            story.regions = [spec["region"]]
        # As wagtail-localize leaves them: the French page's choices, shown translated.
        story.related_cooperatives = [spec["cooperative"]]
        story.related_artisans = [spec["artisan"]]
        return story

    def cooperative_page(self, code, spec) -> CooperativePage:
        region = spec["region"]
        return CooperativePage(
            title=spec["title"][code],
            slug=spec["slug"],
            partner=spec["partner"],
            fee_rate=Decimal("0.100"),
            founded_year=1990 + spec["number"] % 35,
            members_count=10 + spec["number"] % 40,
            region=spec["region_here"].get((region.pk, code), region) if region else None,
            intro=spec["intro"][code],
            story=[{"type": "paragraph", "value": f"<p>{spec['intro'][code]}</p>"}],
            phone="+212 500 00 00 00",
            email=f"{spec['slug']}@bench.tawiza.ma",
            address=spec["place"][code],
        )

    def artisan_page(self, code, spec) -> ArtisanPage:
        page = ArtisanPage(
            title=spec["name"][code],
            slug=spec["slug"],
            village=spec["place"][code],
            quote=spec["quote"][code],
            story=[{"type": "paragraph", "value": f"<p>{spec['body'][code]}</p>"}],
            portrait=spec["portrait"],
            languages_spoken=["ary", "fr"] if spec["number"] % 2 else ["tzm", "ary"],
        )
        if spec["craft"]:
            page.crafts = [spec["craft"]]
        return page

    # Search ---------------------------------------------------------------------------------

    def index_new_objects(self):
        """Search documents for the objects just added, in bulk (one backend call per batch)."""
        backend = get_search_backend()
        started = time.monotonic()
        total = 0
        batches = [
            (model, model.objects.select_related("locale"), "pk__in", pks)
            for model, pks in self.new_pages.items()
        ]
        batches.append(
            (
                ProductText,
                ProductText.objects.select_related("locale", "product__artisan"),
                "product__in",
                self.new_products,
            )
        )
        for model, queryset, lookup, pks in batches:
            for start in range(0, len(pks), BATCH):
                objects = list(queryset.filter(**{lookup: pks[start : start + BATCH]}))
                backend.add_bulk(model, objects)
                total += len(objects)
        self.step(f"search index: {total} documents in {time.monotonic() - started:.1f} s")
