"""Small builders for search tests: new objects with words nothing else in the demo uses.

Tests change only objects they create: on a search server the index is not rolled back with
the database transaction, so demo objects must stay as indexed.
"""

import html as html_module
import itertools
import re
from decimal import Decimal

from django.conf import settings
from oscar.core.loading import get_model
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from artisans.models import ArtisanPage

Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
ProductText = get_model("catalogue", "ProductText")
StockRecord = get_model("partner", "StockRecord")

_numbers = itertools.count(1)


def refresh_search_index():
    """Make the latest index changes searchable now (a search server refreshes each second)."""
    get_search_backend().refresh_indexes()


def kinds(response):
    """The kinds of the results shown, in order (product, story, artisan…)."""
    return re.findall(r'data-kind="(\w+)"', response.content.decode())


def facet_counts(response, facet):
    """``{label: count}`` of one facet's options on the page."""
    html = response.content.decode()
    group = re.search(rf'data-facet="{facet}">(.*?)</fieldset>', html, re.S)
    if group is None:
        return {}
    return {
        html_module.unescape(label.strip()): int(count)
        for label, count in re.findall(
            r"> ([^<]+?) <span class=\"search-facet__count\">\((\d+)\)", group.group(1)
        )
    }


def titles(response):
    return re.findall(r'class="card__title"[^>]*>([^<]*)<', response.content.decode())


def add_product(word, *, stock=3, price="150.00", translations=None):
    """A public product by the demo's Itto, with ``word`` in its French title."""
    number = next(_numbers)
    artisan = ArtisanPage.objects.get(
        slug="itto-ait-ouahmane", locale__language_code=settings.LANGUAGE_CODE
    )
    product = Product.objects.create(
        title=f"{word} de test {number}",
        upc=f"SEARCH-{number}",
        product_class=ProductClass.objects.get(name="Artisanat"),
        artisan=artisan,
        is_public=True,
        description="Une pièce créée pour les tests de recherche.",
    )
    for code, title in (translations or {}).items():
        source = product.texts.get(locale__language_code=settings.LANGUAGE_CODE)
        ProductText.objects.create(
            product=product,
            locale=Locale.objects.get(language_code=code),
            translation_key=source.translation_key,
            title=title,
        )
    partner = artisan.get_parent().specific.partner
    StockRecord.objects.create(
        product=product,
        partner=partner,
        partner_sku=product.upc,
        price_currency="MAD",
        price=Decimal(price),
        num_in_stock=stock,
    )
    refresh_search_index()
    return product


def bulk_products(count, word, *, sold_out_every=0):
    """``count`` public products with ``word`` in their French title, made in a few bulk
    queries (no per-product signals) and indexed in one go: the catalogue at another size.

    Every third one is by the demo's Aicha (argan, Tiznit), the others by Itto (weaving,
    Azilal); prices spread over the price bands; with ``sold_out_every=n`` every n-th one
    is out of stock.
    """
    french = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    makers = [
        ArtisanPage.objects.get(slug=slug, locale=french)
        for slug in ("itto-ait-ouahmane", "aicha-id-brahim")
    ]
    product_class = ProductClass.objects.get(name="Artisanat")
    first = next(_numbers)
    numbers = [first, *(next(_numbers) for _ in range(count - 1))]
    products = Product.objects.bulk_create(
        [
            Product(
                title=f"{word} de série {number}",
                upc=f"BULK-{number}",
                slug=f"bulk-{number}",
                structure=Product.STANDALONE,
                product_class=product_class,
                artisan=makers[1] if index % 3 == 2 else makers[0],
                is_public=True,
                description="Une pièce de série pour les tests à grande échelle.",
            )
            for index, number in enumerate(numbers)
        ]
    )
    texts = ProductText.objects.bulk_create(
        [
            ProductText(
                product=product, locale=french, title=product.title, description=product.description
            )
            for product in products
        ]
    )
    partners = {maker.pk: maker.get_parent().specific.partner for maker in makers}
    prices = ["90.00", "450.00", "1500.00", "4200.00"]
    StockRecord.objects.bulk_create(
        [
            StockRecord(
                product=product,
                partner=partners[product.artisan_id],
                partner_sku=product.upc,
                price_currency="MAD",
                price=Decimal(prices[index % len(prices)]),
                num_in_stock=0 if sold_out_every and index % sold_out_every == 0 else 5,
            )
            for index, product in enumerate(products)
        ]
    )
    get_search_backend().add_bulk(ProductText, texts)
    refresh_search_index()
    return products
