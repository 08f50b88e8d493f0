"""The shipping event an artisan records when their piece is made and packed: "ready for
pickup" (shop/order/processing.py, shop/fulfilment/makers.py). Created here, like 0023, so a
fresh production database has it."""

from django.db import migrations


def create_event_type(apps, schema_editor):
    ShippingEventType = apps.get_model("order", "ShippingEventType")
    ShippingEventType.objects.get_or_create(
        code="ready-for-pickup", defaults={"name": "Ready for pickup"}
    )


class Migration(migrations.Migration):
    dependencies = [("order", "0024_order_campaign")]

    operations = [migrations.RunPython(create_event_type, migrations.RunPython.noop)]
