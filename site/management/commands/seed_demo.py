"""Load Tawiza's demo content in four languages. Idempotent: a second run changes nothing."""

import io
import json

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.sites.models import Site as DjangoSite
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from oscar.apps.catalogue.categories import create_from_breadcrumbs
from oscar.core.loading import get_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization

from artisans.models import (
    ArtisanPage,
    CooperativeGalleryImage,
    CooperativeIndexPage,
    CooperativePage,
    Craft,
    Region,
)
from home.models import HomePage
from shop.catalogue.texts import attribute_texts
from shop.checkout.models import ShopSettings
from tawiza import roles
from tawiza.auth import DEMO_GROUP_NAME
from tawiza.demo import content
from tawiza.demo.campaign_orders import ensure_campaign_orders
from tawiza.demo.footer import ensure_site_footer
from tawiza.demo.images import draw_picture
from tawiza.demo.orders import ensure_demo_order
from tawiza.demo.stories import StoriesSeeder
from tawiza.demo.translation import translate_instance
from tawiza.roles import setup_roles

Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
AttributeOption = get_model("catalogue", "AttributeOption")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductImage = get_model("catalogue", "ProductImage")
Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")
Image = get_image_model()
User = get_user_model()


def _fr(texts: dict) -> str:
    return texts["fr"]


def _translations_of(*texts: dict) -> dict[str, dict[str, str]]:
    """{language code: {French string: translated string}} for the given multilingual texts."""
    table: dict[str, dict[str, str]] = {code: {} for code in content.LANGUAGE_CODES}
    for text in texts:
        for code in content.LANGUAGE_CODES:
            table[code][text["fr"]] = text[code]
    return table


class Command(BaseCommand):
    help = (
        "Load the demo content (four languages, cooperatives, artisans, products, demo accounts)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-accounts",
            action="store_true",
            help="Do not create the demo accounts (their shared password is public).",
        )

    def handle(self, *args, **options):
        create_accounts = not options["no_accounts"]
        if create_accounts and not settings.DEBUG:
            raise CommandError(
                "Demo accounts share a public password and are only created with DEBUG on. "
                "Run with the dev settings, or pass --no-accounts."
            )
        # No outer transaction: wagtail-localize keeps the language trees in sync on commit,
        # and would then work from page objects older than the translations made here.
        # Each step is idempotent, so an interrupted run is finished by running it again.
        locales = self.ensure_locales()
        self.ensure_collection()
        homes = self.ensure_home_pages(locales)
        index = self.ensure_cooperative_index(homes, locales)
        cooperatives = [
            self.ensure_cooperative(data, index, locales) for data in content.COOPERATIVES
        ]
        self.ensure_shop_settings()
        ensure_site_footer(locales)
        # The roles themselves are production data (site/roles.py): made by migrate, and their
        # page permissions granted as the pages above were created. Here they are only read.
        groups = setup_roles()
        groups[DEMO_GROUP_NAME], _created = Group.objects.get_or_create(name=DEMO_GROUP_NAME)
        if create_accounts:
            self.ensure_accounts(groups, cooperatives)
        # Stories, the AODS campaign and the editorial workflow (site/demo/stories.py).
        StoriesSeeder(self, homes, locales).run(create_accounts)
        # An order with pieces of two cooperatives, one shipped (site/demo/orders.py).
        ensure_demo_order()
        # Orders of the AODS campaign, so its progress shows (site/demo/campaign_orders.py).
        ensure_campaign_orders()
        call_command("wagtail_update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))

    # Languages and tree ------------------------------------------------------------------

    def ensure_locales(self) -> dict[str, Locale]:
        locales = {}
        for code, _name in settings.LANGUAGES:
            locales[code], _created = Locale.objects.get_or_create(language_code=code)
        for code, locale in locales.items():
            if code != settings.LANGUAGE_CODE:
                LocaleSynchronization.objects.get_or_create(
                    locale=locale, defaults={"sync_from": locales[settings.LANGUAGE_CODE]}
                )
        return locales

    def ensure_collection(self):
        root = Collection.get_first_root_node()
        if not root.get_children().filter(name="Démo").exists():
            root.add_child(name="Démo")

    def collection(self):
        return Collection.objects.get(name="Démo")

    def image(self, title: str, kind: str, palette: str, size=(1200, 900)):
        image = Image.objects.filter(title=title).first()
        if image is None:
            data = draw_picture(kind, palette, title, size)
            picture = ImageFile(io.BytesIO(data), name=f"{kind}-{palette}.jpg")
            image = Image.objects.create(title=title, collection=self.collection(), file=picture)
        return image

    def translate(self, page, locales, table):
        """Translate ``page`` into every other language that has no real translation yet."""
        for code, locale in locales.items():
            if code == settings.LANGUAGE_CODE:
                continue
            existing = page.get_translation_or_none(locale)
            if existing is None or existing.alias_of_id:
                # Slugs stay as in French: readable ASCII URLs in every language.
                translate_instance(page, locale, {**table[code], page.slug: page.slug})

    def ensure_home_pages(self, locales) -> dict[str, HomePage]:
        french = HomePage.objects.filter(locale=locales["fr"]).first()
        root = Page.get_first_root_node()
        if french is None:
            text = content.HOME
            french = HomePage(
                title=_fr(text["title"]),
                slug="accueil",
                locale=locales["fr"],
                hero_heading=_fr(text["hero_heading"]),
                hero_text=_fr(text["hero_text"]),
                body=f"<p>{_fr(text['body'])}</p>",
                hero_image=self.image(
                    "Vallée des Aït Bouguemez", "landscape", "valley", (1600, 700)
                ),
            )
            root.add_child(instance=french)
            french.save_revision().publish()
            # Wagtail's installation page is replaced by our home page.
            Site.objects.filter(root_page__content_type__model="page").delete()
            Page.objects.filter(depth=2).exclude(pk=french.pk).not_type(HomePage).delete()
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={
                "hostname": "localhost",
                "port": 80,
                "root_page": french,
                "site_name": "Tawiza",
            },
        )
        DjangoSite.objects.update_or_create(
            pk=settings.SITE_ID, defaults={"domain": "127.0.0.1:8000", "name": "Tawiza"}
        )
        table = _translations_of(*content.HOME.values())
        self.translate(french, locales, table)
        return {code: french.get_translation(locale).specific for code, locale in locales.items()}

    def ensure_cooperative_index(self, homes, locales):
        data = content.COOPERATIVE_INDEX
        index = CooperativeIndexPage.objects.child_of(homes["fr"]).first()
        if index is None:
            index = CooperativeIndexPage(
                title=_fr(data["title"]), slug=data["slug"], intro=f"<p>{_fr(data['intro'])}</p>"
            )
            homes["fr"].add_child(instance=index)
            index.save_revision().publish()
        self.translate(index, locales, _translations_of(data["title"], data["intro"]))
        return index

    # Cooperatives, artisans, products -------------------------------------------------------

    def ensure_snippet(self, model, slug, names, locales):
        """A Craft or Region in French, translated into the other languages."""
        item = model.objects.filter(locale=locales[settings.LANGUAGE_CODE], slug=slug).first()
        if item is None:
            item = model.objects.create(
                locale=locales[settings.LANGUAGE_CODE], slug=slug, name=_fr(names)
            )
        for code, locale in locales.items():
            if code != settings.LANGUAGE_CODE and not item.has_translation(locale):
                translate_instance(item, locale, {_fr(names): names[code]})
        return item

    def ensure_cooperative(self, data, index, locales) -> CooperativePage:
        partner, _created = Partner.objects.get_or_create(
            code=data["slug"], defaults={"name": data["partner_name"]}
        )
        region = self.ensure_snippet(
            Region, data["region"]["slug"], data["region"]["name"], locales
        )
        # The cooperative's story quotes its first artisan.
        spokesperson = data["artisans"][0]
        page = CooperativePage.objects.child_of(index).filter(slug=data["slug"]).first()
        if page is None:
            page = CooperativePage(
                title=_fr(data["title"]),
                slug=data["slug"],
                partner=partner,
                fee_rate=data["fee_rate"],
                founded_year=data["founded_year"],
                members_count=data["members_count"],
                region=region,
                intro=_fr(data["intro"]),
                story=json.dumps(
                    [
                        {"type": "paragraph", "value": f"<p>{_fr(data['body'])}</p>"},
                        {
                            "type": "quote",
                            "value": {
                                "text": _fr(spokesperson["quote"]),
                                "attribution": _fr(spokesperson["title"]),
                            },
                        },
                    ]
                ),
                latitude=data["latitude"],
                longitude=data["longitude"],
                phone=data["phone"],
                email=data["email"],
                address=_fr(data["address"]),
            )
            page.gallery_images = [
                CooperativeGalleryImage(
                    locale=locales[settings.LANGUAGE_CODE],
                    image=self.image(
                        f"Galerie : {_fr(data['title'])} ({number})", *item["picture"]
                    ),
                    alt_text=_fr(item["alt"]),
                    caption=_fr(item["caption"]),
                )
                for number, item in enumerate(data["gallery"], start=1)
            ]
            index.add_child(instance=page)
            page.save_revision().publish()
        gallery_texts = [
            text for item in data["gallery"] for text in (item["alt"], item["caption"])
        ]
        self.translate(
            page,
            locales,
            _translations_of(
                data["title"],
                data["intro"],
                data["body"],
                data["address"],
                spokesperson["quote"],
                spokesperson["title"],
                *gallery_texts,
            ),
        )
        artisans = {}
        for artisan_data in data["artisans"]:
            artisans[artisan_data["slug"]] = self.ensure_artisan(
                artisan_data, page, locales, artisans
            )
        for product_data in data["products"]:
            self.ensure_product(product_data, partner, artisans[product_data["artisan"]], locales)
        return page

    def ensure_artisan(self, data, cooperative, locales, colleagues) -> ArtisanPage:
        """An artisan page; ``colleagues`` are the artisans made before it, by slug (mentors)."""
        crafts = [
            self.ensure_snippet(Craft, slug, content.CRAFTS[slug], locales)
            for slug in data["crafts"]
        ]
        texts = [data["title"], data["village"], data["quote"], data["body"]]
        page = ArtisanPage.objects.child_of(cooperative).filter(slug=data["slug"]).first()
        if page is None:
            kind, palette = data["picture"]
            story = [{"type": "paragraph", "value": f"<p>{_fr(data['body'])}</p>"}]
            if "story_image" in data:
                picture = data["story_image"]
                image = self.image(f"Récit : {_fr(data['title'])}", *picture["picture"])
                story.append(
                    {
                        "type": "image",
                        "value": {
                            "image": {
                                "image": image.pk,
                                "alt_text": _fr(picture["alt"]),
                                "decorative": False,
                            },
                            "caption": _fr(picture["caption"]),
                        },
                    }
                )
            page = ArtisanPage(
                title=_fr(data["title"]),
                slug=data["slug"],
                village=_fr(data["village"]),
                quote=_fr(data["quote"]),
                story=json.dumps(story),
                portrait=self.image(f"Portrait : {_fr(data['title'])}", kind, palette, (800, 1000)),
                languages_spoken=data["languages"],
                mentor=colleagues.get(data.get("mentor")),
            )
            page.crafts = crafts
            cooperative.add_child(instance=page)
            page.save_revision().publish()
        if "story_image" in data:
            texts += [data["story_image"]["alt"], data["story_image"]["caption"]]
        self.translate(page, locales, _translations_of(*texts))
        return page

    def translate_product_words(self, product, attributes, locales):
        """Arabic, Tachelhit and English words for the product and its categories."""
        prose = {code: value for code, value in attributes.items() if isinstance(value, dict)}
        for code, locale in locales.items():
            if code == settings.LANGUAGE_CODE:
                continue
            french = product.texts.get(locale=locales[settings.LANGUAGE_CODE])
            title, description = content.PRODUCT_TRANSLATIONS[product.upc][code]
            translation = product.texts.filter(locale=locale).first()
            # A translation made before the product had attribute values gets them too.
            if translation is None or set(attribute_texts(translation)) != set(prose):
                translate_instance(
                    french,
                    locale,
                    {
                        french.title: title,
                        french.description: description,
                        **{_fr(value): value[code] for value in prose.values()},
                    },
                )
            for category in product.categories.all():
                source = category.texts.get(locale=locales[settings.LANGUAGE_CODE])
                name = content.CATEGORY_TRANSLATIONS[source.name][code]
                if not category.texts.filter(locale=locale).exists():
                    translate_instance(source, locale, {source.name: name})

    def ensure_product(self, data, partner, artisan, locales):
        # Product types and their attributes come from a migration (shop/catalogue).
        product_class = ProductClass.objects.get(slug=data["product_type"])
        product = Product.objects.filter(upc=data["upc"]).first()
        if product is None:
            product = Product.objects.create(
                upc=data["upc"],
                title=data["title"],
                description=data["description"],
                product_class=product_class,
                artisan=artisan,
                is_public=True,
            )
            category = create_from_breadcrumbs(data["category"])
            ProductCategory.objects.get_or_create(product=product, category=category)
        if product.weight != data["weight"] or product.product_class_id != product_class.pk:
            # An update, not save(): the product's words are unchanged.
            Product.objects.filter(pk=product.pk).update(
                weight=data["weight"], product_class=product_class
            )
            product.product_class = product_class
        self.ensure_attributes(product, product_class, data["attributes"])
        StockRecord.objects.get_or_create(
            product=product,
            partner=partner,
            defaults={
                "partner_sku": data["upc"],
                "price_currency": settings.OSCAR_DEFAULT_CURRENCY,
                "price": data["price"],
                "num_in_stock": data["stock"],
            },
        )
        self.translate_product_words(product, data["attributes"], locales)
        if not product.images.exists():
            kind, palette = data["picture"]
            picture = ProductImage(product=product, caption=data["title"], display_order=0)
            picture.original.save(
                f"{data['upc'].lower()}.jpg",
                ContentFile(draw_picture(kind, palette, data["upc"])),
                save=False,
            )
            picture.save()
        return product

    def ensure_attributes(self, product, product_class, values):
        """The product's attribute values: French prose, option codes, yes/no.

        Oscar saves a value only when it changed; the French prose is mirrored into the
        product's text (shop/catalogue/signals.py) and translated in translate_product_words.
        """
        for code, value in values.items():
            attribute = product_class.attributes.get(code=code)
            if isinstance(value, dict):
                value = _fr(value)
            elif isinstance(value, list):
                value = AttributeOption.objects.filter(code__in=value)
            elif isinstance(value, str):
                value = AttributeOption.objects.get(code=value)
            attribute.save_value(product, value)

    def ensure_shop_settings(self):
        """Demo bank details, free-shipping threshold and exchange rates (Settings → Shop).

        Shipping zones and their weight bands come from a migration (shop/shipping).
        """
        shop_settings = ShopSettings.load()
        for field, value in content.SHOP_SETTINGS.items():
            if not getattr(shop_settings, field):
                setattr(shop_settings, field, value)
        shop_settings.save()

    # Accounts ---------------------------------------------------------------------------

    def ensure_user(self, username, groups=(), **flags) -> User:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(username=username, email=f"{username}@demo.tawiza.ma", **flags)
            user.set_password(content.DEMO_PASSWORD)
            user.save()
        user.groups.add(*groups)
        return user

    def ensure_accounts(self, groups, cooperatives):
        demo = groups[DEMO_GROUP_NAME]
        self.ensure_user("admin", [demo], is_staff=True, is_superuser=True, first_name="Admin")
        self.ensure_user("editor", [demo, groups[roles.COMMUNICATIONS]], first_name="Salma")
        for code, first_name in (("ar", "Youssef"), ("shi", "Tilelli"), ("en", "Emma")):
            self.ensure_user(
                f"translator-{code}",
                [demo, groups[roles.translators_group_name(code)]],
                first_name=first_name,
            )
        self.ensure_user("diaspora-aods", [demo, groups[roles.DIASPORA_EDITORS]], first_name="AODS")
        for cooperative in cooperatives:
            # The cooperative's own group was made with its page (site/roles.py).
            own_pages = Group.objects.get(name=roles.cooperative_group_name(cooperative.slug))
            manager = self.ensure_user(
                f"coop-{cooperative.slug}", [demo, groups[roles.COOPERATIVE_MANAGERS], own_pages]
            )
            cooperative.partner.users.add(manager)
