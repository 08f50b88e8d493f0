"""Rows of a cooperative's catalogue spreadsheet (CSV or Excel), keyed by our column names.

Cooperatives keep their catalogue in whatever their phone or computer saves: CSV from Excel
(semicolons, Windows-1252) or LibreOffice (commas, UTF-8), or an .xlsx file. The header row
may use the English or the French column names (docs/catalogue-import.md).
"""

import csv
import io
import unicodedata
from dataclasses import dataclass

from django.utils.translation import gettext as _

MAX_ROWS = 20_000

COLUMNS = {
    "sku": ("sku", "ref", "reference", "upc"),
    "title": ("title", "titre", "nom", "name"),
    "description": ("description",),
    "product_type": ("product_type", "type", "type_de_produit"),
    "category": ("category", "categorie"),
    "artisan": ("artisan", "artisane", "maker"),
    "price": ("price", "prix", "prix_mad", "price_mad"),
    "stock": ("stock", "quantity", "quantite"),
    "weight": ("weight", "weight_kg", "poids", "poids_kg"),
    "materials": ("materials", "matieres", "matiere"),
    "care": ("care", "entretien"),
}
REQUIRED_COLUMNS = ("sku", "title", "price", "stock", "weight", "artisan")


class SpreadsheetError(Exception):
    """The file as a whole cannot be read; the message is for the person who sent it."""


@dataclass
class Row:
    number: int  # as the spreadsheet shows it: the header is row 1
    values: dict


def _key(header) -> str:
    text = unicodedata.normalize("NFKD", str(header or "")).encode("ascii", "ignore").decode()
    return "_".join(text.lower().replace("(", " ").replace(")", " ").split())


def _column_names(headers):
    aliases = {alias: name for name, names in COLUMNS.items() for alias in names}
    return [aliases.get(_key(header)) for header in headers]


def read_rows(name: str, data: bytes) -> list[Row]:
    """The data rows of the file, blank rows left out; raises SpreadsheetError."""
    if name.lower().endswith(".xlsx"):
        table = _xlsx_table(data)
    elif name.lower().endswith(".csv"):
        table = _csv_table(data)
    else:
        raise SpreadsheetError(_("Send a .csv or .xlsx file."))
    if not table:
        raise SpreadsheetError(_("The file is empty."))
    names = _column_names(table[0])
    missing = [column for column in REQUIRED_COLUMNS if column not in names]
    if missing:
        raise SpreadsheetError(
            _("The first row must name the columns; missing: %(columns)s.")
            % {"columns": ", ".join(missing)}
        )
    rows = []
    for number, cells in enumerate(table[1:], start=2):
        values = {
            name: _text(cell) for name, cell in zip(names, cells, strict=False) if name is not None
        }
        if any(values.values()):
            rows.append(Row(number, values))
    if not rows:
        raise SpreadsheetError(_("The file has a header row but no products."))
    if len(rows) > MAX_ROWS:
        raise SpreadsheetError(
            _("At most %(count)s products per file: split it in several files.")
            % {"count": MAX_ROWS}
        )
    return rows


def _text(cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)  # Excel stores 12 as 12.0
    return str(cell).strip()


def _csv_table(data: bytes):
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    first_line = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first_line.count)
    try:
        return list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error as error:
        message = _("This CSV file cannot be read: %(error)s") % {"error": error}
        raise SpreadsheetError(message) from error


def _xlsx_table(data: bytes):
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a file that is not .xlsx
        raise SpreadsheetError(_("This is not an Excel (.xlsx) file we can read.")) from error
    try:
        sheet = workbook.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
