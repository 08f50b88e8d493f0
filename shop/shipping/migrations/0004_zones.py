"""The three shipping zones, priced by weight (MAD), so a fresh database can ship anywhere.

Staff change the bands and the countries of each zone in the Oscar dashboard (Shipping).
"""

from decimal import Decimal

from django.db import migrations

EUROPE = ["FR", "BE", "ES", "NL", "DE", "IT", "GB", "CH"]
ZONES = [
    # (name, countries, [(upper limit in kg, charge in MAD)])
    ("Maroc", ["MA"], [("1", "35"), ("5", "60"), ("10", "90"), ("30", "150")]),
    ("Europe", EUROPE, [("1", "180"), ("5", "420"), ("10", "690"), ("30", "1400")]),
    ("Reste du monde", [], [("1", "260"), ("5", "640"), ("10", "1050"), ("30", "2300")]),
]


def add_zones(apps, schema_editor):
    WeightBased = apps.get_model("shipping", "WeightBased")
    Country = apps.get_model("address", "Country")
    for name, countries, bands in ZONES:
        method, created = WeightBased.objects.get_or_create(
            name=name, defaults={"code": name.lower().replace(" ", "-")}
        )
        if not created:
            continue
        method.countries.set(Country.objects.filter(iso_3166_1_a2__in=countries))
        for upper_limit, charge in bands:
            method.bands.create(upper_limit=Decimal(upper_limit), charge=Decimal(charge))


class Migration(migrations.Migration):
    dependencies = [
        ("shipping", "0003_auto_20181115_1953"),
        ("partner", "0008_shipping_countries"),
    ]

    operations = [migrations.RunPython(add_zones, migrations.RunPython.noop)]
