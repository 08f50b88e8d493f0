"""Record the fair share of the order lines placed before this app existed.

Their split is taken at each cooperative's fee rate when this migration runs (the rate at
sale time was not kept); every later order is recorded when it is placed.
"""

from django.conf import settings
from django.db import migrations

from shop.fairshare import split


def fee_rate(partner, language_code):
    pages = partner.cooperative_pages.all()
    page = pages.filter(locale__language_code=language_code).first() or pages.first()
    return page.fee_rate if page is not None else None


def backfill(apps, schema_editor):
    Line = apps.get_model("order", "Line")
    SaleShare = apps.get_model("payouts", "SaleShare")
    rates = {}
    shares = []
    lines = Line.objects.filter(partner__isnull=False, sale_share__isnull=True)
    for line in lines.select_related("order", "partner").iterator():
        if line.partner_id not in rates:
            rates[line.partner_id] = fee_rate(line.partner, settings.LANGUAGE_CODE)
        rate = rates[line.partner_id]
        if rate is None:
            continue
        share = split(line.line_price_incl_tax, rate, line.order.currency)
        shares.append(
            SaleShare(
                line=line,
                partner_id=line.partner_id,
                fee_rate=share.fee_rate,
                price=share.price,
                platform_fee=share.platform,
                cooperative_share=share.cooperative,
                currency=share.currency,
            )
        )
    SaleShare.objects.bulk_create(shares, batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("payouts", "0002_refund_event_type"),
        ("artisans", "0003_story_region_location_gallery"),
    ]

    operations = [migrations.RunPython(backfill, migrations.RunPython.noop)]
