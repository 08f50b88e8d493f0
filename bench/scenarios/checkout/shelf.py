"""Stock the shop for the checkout race, and record the stock as it was before the race.

Demand must exceed supply, or no race is tested: besides the demo's own pieces, the bench
adds one-of-a-kind carpets (stock 1) and small runs (a few units), cloned from demo products
with their type, attributes, maker, picture and translated words; the everyday products
(argan oil, amlou, cushions) are restocked so that buyers of them never run out.

Run inside Django (``python -m bench.scenarios.checkout.shelf OUT.json``): writes the shelf
(product paths per language, kind, price) and the stock before the race.
"""

import json
import sys

ONE_OF_A_KIND_PIECES = 40  # each stock 1
SMALL_RUNS = 15  # each SMALL_RUN_STOCK units
SMALL_RUN_STOCK = 3
PLENTY = 100_000
ONE_OF_A_KIND_MODEL = "TWZ-TAP-001"
SMALL_RUN_MODEL = "TWZ-TAP-004"
BENCH_UPC_PREFIX = "BENCH-"
# The demo's own scarce pieces keep their stock: two carpets of one, a prayer rug of three.
DEMO_SCARCE = ("TWZ-TAP-001", "TWZ-TAP-003", "TWZ-TAP-004")


def stock_the_shelf():
    from django.db import transaction
    from oscar.core.loading import get_model

    Product = get_model("catalogue", "Product")
    StockRecord = get_model("partner", "StockRecord")

    with transaction.atomic():
        for index in range(1, ONE_OF_A_KIND_PIECES + 1):
            clone_product(ONE_OF_A_KIND_MODEL, f"{BENCH_UPC_PREFIX}UNIQUE-{index:03}", 1, index)
        for index in range(1, SMALL_RUNS + 1):
            clone_product(
                SMALL_RUN_MODEL, f"{BENCH_UPC_PREFIX}SMALL-{index:03}", SMALL_RUN_STOCK, index
            )
        # Everything else on sale is plentiful: its buyers measure the checkout, not the race.
        scarce = Product.objects.filter(upc__startswith=BENCH_UPC_PREFIX).values("pk")
        StockRecord.objects.exclude(product__in=scarce).exclude(
            product__upc__in=DEMO_SCARCE
        ).update(num_in_stock=PLENTY)


def clone_product(model_upc, upc, stock, number):
    """A copy of the product ``model_upc`` (type, attributes, maker, category, picture, words
    in every language) with its own stock record of ``stock`` units."""
    from oscar.core.loading import get_model

    Product = get_model("catalogue", "Product")
    ProductText = get_model("catalogue", "ProductText")
    ProductImage = get_model("catalogue", "ProductImage")
    StockRecord = get_model("partner", "StockRecord")

    model = Product.objects.get(upc=model_upc)
    product = Product.objects.create(
        upc=upc,
        title=f"{model.title} · {number}",
        description=model.description,
        product_class=model.product_class,
        artisan=model.artisan,
        weight=model.weight,
        is_public=True,
    )
    product.categories.set(model.categories.all())
    for value in model.attribute_values.select_related("attribute"):
        value.attribute.save_value(product, value.value)
    source_text = product.texts.get(locale__language_code="fr")
    for text in model.texts.exclude(locale__language_code="fr"):
        ProductText.objects.create(
            product=product,
            locale=text.locale,
            translation_key=source_text.translation_key,
            title=f"{text.title} · {number}",
            description=text.description,
            materials=text.materials,
            care=text.care,
            attribute_texts=text.attribute_texts.raw_data,
        )
    for image in model.images.all():
        ProductImage.objects.create(
            product=product,
            original=image.original.name,
            caption=image.caption,
            display_order=image.display_order,
        )
    record = model.stockrecords.get()
    StockRecord.objects.create(
        product=product,
        partner=record.partner,
        partner_sku=upc,
        price_currency=record.price_currency,
        price=record.price,
        num_in_stock=stock,
    )
    return product


def describe_the_shelf(languages):
    """Every product on sale: its path in each language, its kind, its price and stock."""
    from django.utils import translation
    from oscar.core.loading import get_model

    from shop.partner.models import is_one_of_a_kind

    StockRecord = get_model("partner", "StockRecord")
    shelf = []
    for record in StockRecord.objects.select_related("product").order_by("pk"):
        product = record.product
        if not product.is_public:
            continue
        free = record.num_in_stock - (record.num_allocated or 0)
        if is_one_of_a_kind(product.pk):
            kind = "one-of-a-kind"
        elif record.num_in_stock >= PLENTY:
            kind = "plenty"
        else:
            kind = "small-run"
        paths = {}
        for language in languages:
            with translation.override(language):
                paths[language] = product.get_absolute_url()
        shelf.append(
            {
                "upc": product.upc,
                "product_id": product.pk,
                "stockrecord_id": record.pk,
                "kind": kind,
                "price": str(record.price),
                "num_in_stock": record.num_in_stock,
                "num_allocated": record.num_allocated or 0,
                "free": free,
                "paths": paths,
            }
        )
    return shelf


def main(out_path):
    import django

    django.setup()
    from django.conf import settings

    stock_the_shelf()
    languages = [code for code, _name in settings.LANGUAGES]
    shelf = describe_the_shelf(languages)
    with open(out_path, "w") as out:
        json.dump({"languages": languages, "products": shelf}, out, indent=1)
    kinds = {}
    for item in shelf:
        kinds.setdefault(item["kind"], []).append(item["free"])
    summary = ", ".join(f"{len(free)} {kind} ({sum(free)} units)" for kind, free in kinds.items())
    print(f"[bench] shelf: {summary}")


if __name__ == "__main__":
    main(sys.argv[1])
