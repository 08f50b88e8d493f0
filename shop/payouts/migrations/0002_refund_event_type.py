"""Oscar's "Refund" payment event type, which staff choose in the dashboard's order page to
record a refund of some lines; the payouts report reads these events (docs/payouts.md)."""

from django.db import migrations


def create_refund_type(apps, schema_editor):
    PaymentEventType = apps.get_model("order", "PaymentEventType")
    PaymentEventType.objects.get_or_create(code="refund", defaults={"name": "Refund"})


class Migration(migrations.Migration):
    dependencies = [
        ("payouts", "0001_initial"),
        ("order", "0021_billingaddress_code_shippingaddress_code"),
    ]

    operations = [migrations.RunPython(create_refund_type, migrations.RunPython.noop)]
