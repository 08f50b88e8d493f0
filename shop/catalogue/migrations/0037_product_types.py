"""The product types and their attributes, so a fresh database can describe every product.

Names are French, the source language (editors see them in the Oscar dashboard). Buyers
read them in their own language through the codes: ``shop/catalogue/attributes.py`` names
each type, attribute and option by its code with gettext, and prose values are translated
with the product's text (docs/product-text.md). Staff may add types and attributes in the
dashboard; existing ones are left as they are.
"""

from django.db import migrations

OPTION_GROUPS = {
    # code: (name, [(option code, option)])
    "colours": (
        "Couleurs",
        [
            ("madder-red", "Rouge garance"),
            ("undyed-wool", "Laine écrue"),
            ("henna", "Henné"),
            ("walnut-brown", "Brun brou de noix"),
            ("saffron-yellow", "Jaune safran"),
            ("indigo", "Bleu indigo"),
            ("black", "Noir"),
        ],
    ),
    "certifications": (
        "Certifications",
        [
            ("organic", "Biologique"),
            ("pgi-argane", "IGP Argane"),
            ("onssa", "Agrément ONSSA"),
        ],
    ),
    "metals": (
        "Métaux",
        [
            ("silver", "Argent"),
            ("gilded-silver", "Argent doré"),
            ("brass", "Laiton"),
            ("copper", "Cuivre"),
        ],
    ),
    "glazes": (
        "Émaux",
        [
            ("unglazed", "Sans émail"),
            ("tamegroute-green", "Vert de Tamegroute"),
            ("fez-blue", "Bleu de Fès"),
            ("safi-polychrome", "Polychrome de Safi"),
        ],
    ),
}

PRODUCT_TYPES = [
    # (slug, name, [(attribute code, name, type, option group code)])
    ("artisanat", "Artisanat", []),
    (
        "textiles",
        "Textiles",
        [
            ("dimensions", "Dimensions", "text", None),
            ("colours", "Couleurs", "multi_option", "colours"),
            ("one_of_a_kind", "Pièce unique", "boolean", None),
        ],
    ),
    (
        "alimentation-et-cosmetiques",
        "Alimentation et cosmétiques",
        [
            ("volume", "Contenance", "text", None),
            ("ingredients", "Ingrédients", "text", None),
            ("best_before", "À consommer de préférence avant", "text", None),
            ("certifications", "Certifications", "multi_option", "certifications"),
        ],
    ),
    (
        "bijoux",
        "Bijoux",
        [
            ("metal", "Métal", "option", "metals"),
            ("stones", "Pierres", "text", None),
            ("size", "Taille", "text", None),
        ],
    ),
    (
        "poterie",
        "Poterie",
        [
            ("dimensions", "Dimensions", "text", None),
            ("glaze", "Émail", "option", "glazes"),
            ("food_safe", "Contact alimentaire", "boolean", None),
        ],
    ),
]


def add_product_types(apps, schema_editor):
    ProductClass = apps.get_model("catalogue", "ProductClass")
    ProductAttribute = apps.get_model("catalogue", "ProductAttribute")
    AttributeOptionGroup = apps.get_model("catalogue", "AttributeOptionGroup")
    AttributeOption = apps.get_model("catalogue", "AttributeOption")
    groups = {}
    for code, (name, options) in OPTION_GROUPS.items():
        groups[code], _created = AttributeOptionGroup.objects.get_or_create(
            code=code, defaults={"name": name}
        )
        for option_code, option in options:
            AttributeOption.objects.get_or_create(
                code=option_code, defaults={"group": groups[code], "option": option}
            )
    for slug, name, attributes in PRODUCT_TYPES:
        product_class, _created = ProductClass.objects.get_or_create(
            slug=slug, defaults={"name": name, "requires_shipping": True, "track_stock": True}
        )
        for code, attribute_name, attribute_type, group in attributes:
            ProductAttribute.objects.get_or_create(
                product_class=product_class,
                code=code,
                defaults={
                    "name": attribute_name,
                    "type": attribute_type,
                    "option_group": groups.get(group),
                },
            )


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0036_product_text_attribute_texts")]

    operations = [migrations.RunPython(add_product_types, migrations.RunPython.noop)]
