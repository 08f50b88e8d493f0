"""A campaign's figures by day and by product, for its association (admin report and CSV).

The same rows as the campaign page's progress (stories/progress.py): counted orders only,
refunds taken off, aggregates only: no buyer, address or order number ever shows.
"""

import csv
from dataclasses import dataclass

from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncDate
from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from shop.payouts.export import BOM, text_cell

from .progress import Figures, _money, campaign_shares, counted_shares, figures_of

FIGURES = {
    "orders": Count("line__order", distinct=True, filter=Q(units_left__gt=0)),
    "pieces": Sum("units_left"),
    "sales": Sum("sales_left"),
    "sent": Sum("sent_left"),
}


@dataclass(frozen=True)
class Row:
    label: object  # a date, or a product's title
    orders: int
    pieces: int
    sales: object  # what buyers paid for the pieces, after refunds (MAD)
    sent: object  # the cooperatives' share of it (MAD)


def _rows(queryset, label):
    return [
        Row(
            label=row[label],
            orders=row["orders"] or 0,
            pieces=row["pieces"] or 0,
            sales=_money(row["sales"]),
            sent=_money(row["sent"]),
        )
        for row in queryset.annotate(**FIGURES)
        if row["pieces"]
    ]


@dataclass(frozen=True)
class CampaignReport:
    totals: Figures
    by_day: list
    by_product: list

    def header(self, first):
        return [
            first,
            _("Orders"),
            _("Pieces"),
            _("Sales (MAD)"),
            _("Sent to the cooperatives (MAD)"),
        ]

    def csv_by_day(self):
        rows = [[r.label.isoformat(), r.orders, r.pieces, r.sales, r.sent] for r in self.by_day]
        return self.header(_("Day")), rows

    def csv_by_product(self):
        rows = [[text_cell(r.label), r.orders, r.pieces, r.sales, r.sent] for r in self.by_product]
        return self.header(_("Product")), rows


def campaign_report(campaign) -> CampaignReport:
    shares = counted_shares(campaign_shares(campaign))
    day = TruncDate("line__order__date_placed", tzinfo=timezone.get_current_timezone())
    by_day = _rows(shares.annotate(day=day).values("day").order_by("day"), "day")
    by_product = _rows(
        shares.values("line__product_id", "line__title").order_by("line__title"), "line__title"
    )
    return CampaignReport(
        totals=figures_of(campaign_shares(campaign)), by_day=by_day, by_product=by_product
    )


def csv_response(filename, header, rows):
    """UTF-8 with a byte order mark (Excel then reads Arabic and Tifinagh), plain decimals."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response.write(BOM)
    writer = csv.writer(response)
    writer.writerow(header)
    writer.writerows(rows)
    return response
