"""The two shipping events cooperatives record: "shipped" and "delivered"
(shop/order/processing.py). Created here so a fresh production database can fulfil orders."""

from django.db import migrations

EVENT_TYPES = {"shipped": "Shipped", "delivered": "Delivered"}


def create_event_types(apps, schema_editor):
    ShippingEventType = apps.get_model("order", "ShippingEventType")
    for code, name in EVENT_TYPES.items():
        ShippingEventType.objects.get_or_create(code=code, defaults={"name": name})


class Migration(migrations.Migration):
    dependencies = [("order", "0022_tracking_and_language")]

    operations = [migrations.RunPython(create_event_types, migrations.RunPython.noop)]
