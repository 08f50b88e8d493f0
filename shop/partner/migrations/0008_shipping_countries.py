"""The countries our buyers ship to: Morocco first, then the diaspora's countries.

Oscar's checkout only offers countries marked as shipping countries; without these rows
no address form could be completed on a fresh database.
"""

from django.db import migrations

COUNTRIES = [
    # (ISO 3166-1 alpha-2, alpha-3, numeric, printable name, display order)
    ("MA", "MAR", "504", "Maroc", 100),
    ("FR", "FRA", "250", "France", 90),
    ("BE", "BEL", "056", "Belgique", 80),
    ("ES", "ESP", "724", "Espagne", 80),
    ("NL", "NLD", "528", "Pays-Bas", 80),
    ("DE", "DEU", "276", "Allemagne", 80),
    ("IT", "ITA", "380", "Italie", 80),
    ("GB", "GBR", "826", "Royaume-Uni", 70),
    ("CH", "CHE", "756", "Suisse", 70),
    ("CA", "CAN", "124", "Canada", 60),
    ("US", "USA", "840", "États-Unis", 60),
    ("AE", "ARE", "784", "Émirats arabes unis", 50),
    ("SA", "SAU", "682", "Arabie saoudite", 50),
    ("QA", "QAT", "634", "Qatar", 50),
    ("SN", "SEN", "686", "Sénégal", 40),
]


def add_countries(apps, schema_editor):
    Country = apps.get_model("address", "Country")
    for alpha2, alpha3, numeric, name, order in COUNTRIES:
        Country.objects.update_or_create(
            iso_3166_1_a2=alpha2,
            defaults={
                "iso_3166_1_a3": alpha3,
                "iso_3166_1_numeric": numeric,
                "printable_name": name,
                "name": name,
                "display_order": order,
                "is_shipping_country": True,
            },
        )


class Migration(migrations.Migration):
    dependencies = [
        ("partner", "0007_partneraddress_code"),
        ("address", "0007_useraddress_code"),
    ]

    operations = [migrations.RunPython(add_countries, migrations.RunPython.noop)]
