"""A cooperative's statement as CSV: opens in Excel (UTF-8 with a byte order mark, so Arabic
and Tifinagh stay readable) and in any spreadsheet, figures as plain decimals (1234.50)."""

import csv

from django.http import HttpResponse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

BOM = "\ufeff"
# A typed text starting like a formula would run as one in a spreadsheet (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def text_cell(text):
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def summary_header():
    return [
        _("Cooperative"),
        _("From"),
        _("To"),
        _("Currency"),
        _("Gross sales"),
        _("Platform fees"),
        _("Refunds"),
        _("Net owed"),
        _("Payouts made"),
        _("Balance brought forward"),
        _("Balance"),
    ]


def summary_row(statement, currency):
    return [
        text_cell(statement.partner.name),
        statement.start.isoformat(),
        statement.end.isoformat(),
        currency,
        statement.gross_sales,
        statement.platform_fee,
        statement.refunds,
        statement.net_owed,
        statement.payouts_made,
        statement.balance_brought_forward,
        statement.balance,
    ]


def statement_csv(statement, sales_over_time, daily, currency):
    filename = (
        f"tawiza-{statement.partner.code}-{statement.start.isoformat()}-"
        f"{statement.end.isoformat()}.csv"
    )
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response.write(BOM)
    writer = csv.writer(response)
    writer.writerow(summary_header())
    writer.writerow(summary_row(statement, currency))
    writer.writerow([])
    writer.writerow([_("Day") if daily else _("Month"), _("Gross sales")])
    for day, amount in sales_over_time:
        writer.writerow([day.isoformat(), amount])
    writer.writerow([])
    writer.writerow([_("Paid on"), _("Amount"), _("Reference"), _("Note")])
    for payout in statement.payouts:
        writer.writerow(
            [
                payout.paid_on.isoformat(),
                payout.amount,
                *map(text_cell, (payout.reference, payout.note)),
            ]
        )
    return response
