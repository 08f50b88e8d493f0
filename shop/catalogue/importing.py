"""A cooperative's catalogue from a spreadsheet: every row checked first, then all or nothing.

``check`` reads and validates every row and reports each bad one (row number, column, reason,
in the active language); ``import_rows`` writes the products, their stock record with the
cooperative and their category in one transaction. The SKU (Oscar's UPC, also the stock
record's partner SKU) identifies a product, so importing the same file again updates the same
products. What a cooperative manager imports waits for staff approval like what they add by
hand (shop/catalogue/approval.py); an import run by staff or from the command line is
approved. docs/catalogue-import.md.
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from . import approval
from .models import ApprovalStatus
from .spreadsheet import Row, SpreadsheetError, read_rows

Category = get_model("catalogue", "Category")
Product = get_model("catalogue", "Product")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductClass = get_model("catalogue", "ProductClass")
StockRecord = get_model("partner", "StockRecord")

SKU_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
MAX_PRICE = Decimal("1000000")
MAX_WEIGHT = Decimal("1000")


@dataclass
class RowError:
    row: int
    column: str
    message: str


@dataclass
class CheckedRow:
    number: int
    sku: str
    title: str
    description: str
    product_class: object
    category: object
    artisan: object
    price: Decimal
    stock: int
    weight: Decimal
    materials: str
    care: str
    product: object = None  # the product with this SKU, when it exists


@dataclass
class Report:
    total: int = 0  # rows read from the file
    rows: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    created: int = 0
    updated: int = 0


def cooperative_of(partner):
    from artisans.models import CooperativePage

    return CooperativePage.objects.filter(
        partner=partner, locale__language_code=settings.LANGUAGE_CODE
    ).first()


def partner_of_cooperative(slug: str):
    """The shop partner of the cooperative whose (French) page has ``slug``, else None."""
    from artisans.models import CooperativePage

    page = CooperativePage.objects.filter(
        slug=slug, locale__language_code=settings.LANGUAGE_CODE, partner__isnull=False
    ).select_related("partner")
    return page.first().partner if page.exists() else None


def check(name: str, data: bytes, partner, progress=None) -> Report:
    """Every row of the file checked; ``report.errors`` lists every problem found."""
    report = Report()
    try:
        rows = read_rows(name, data)
    except SpreadsheetError as error:
        report.errors.append(RowError(row=0, column="", message=str(error)))
        return report
    report.total = len(rows)
    checker = _Checker(partner)
    for index, row in enumerate(rows, start=1):
        checked = checker.check(row, report.errors)
        if checked is not None:
            report.rows.append(checked)
        if progress:
            progress(index, len(rows))
    if report.errors:
        report.rows = []
    return report


def import_rows(report: Report, partner, user=None, progress=None) -> Report:
    """Write the checked rows, all or none; ``user`` None means the command line (staff)."""
    with transaction.atomic():
        for index, row in enumerate(report.rows, start=1):
            created = _write(row, partner, user)
            report.created += created
            report.updated += not created
            if progress:
                progress(index, len(report.rows))
    return report


def _write(row: CheckedRow, partner, user) -> bool:
    product = row.product or Product(upc=row.sku, product_class=row.product_class)
    created = product.pk is None
    product.title = row.title
    product.description = row.description
    product.artisan = row.artisan
    product.weight = row.weight
    product.materials = row.materials
    product.care = row.care
    if row.product_class is not None:
        product.product_class = row.product_class
    if user is not None and approval.needs_approval(user):
        if created or product.approval_status == ApprovalStatus.REJECTED:
            approval.mark_submitted(product, user)
    elif created:
        product.is_public = True
    product.save()
    if row.category is not None:
        ProductCategory.objects.filter(product=product).exclude(category=row.category).delete()
        ProductCategory.objects.get_or_create(product=product, category=row.category)
    StockRecord.objects.update_or_create(
        product=product,
        partner=partner,
        defaults={
            "partner_sku": row.sku,
            "price": row.price,
            "price_currency": settings.OSCAR_DEFAULT_CURRENCY,
            "num_in_stock": row.stock,
        },
    )
    return created


class _Checker:
    """Checks rows against the shop as it is and against the file's earlier rows."""

    def __init__(self, partner):
        from artisans.models import ArtisanPage

        cooperative = cooperative_of(partner)
        self.partner = partner
        self.artisans = (
            list(
                ArtisanPage.objects.descendant_of(cooperative).filter(
                    locale__language_code=settings.LANGUAGE_CODE
                )
            )
            if cooperative
            else []
        )
        self.product_classes = list(ProductClass.objects.all())
        self.seen_skus = {}

    def check(self, row: Row, errors: list):
        values = row.values
        found = []

        def error(column, message):
            found.append(RowError(row=row.number, column=column, message=message))

        sku = values.get("sku", "")
        title = values.get("title", "")
        if not sku:
            error("sku", _("A SKU is required: the code that tells your products apart."))
        elif not SKU_PATTERN.match(sku):
            error(
                "sku",
                _("Use letters, digits, dots, dashes or underscores in the SKU (64 at most)."),
            )
        elif sku.upper() in self.seen_skus:
            error(
                "sku",
                _("This SKU is already on row %(row)s of the file.")
                % {"row": self.seen_skus[sku.upper()]},
            )
        else:
            self.seen_skus[sku.upper()] = row.number
        if not title:
            error("title", _("A title is required."))
        elif len(title) > 255:
            error("title", _("Keep the title under 255 characters."))

        product = Product.objects.filter(upc=sku).first() if sku else None
        if product is not None and not self._ours(product):
            error("sku", _("This SKU is another cooperative's product."))
        product_class = self._product_class(values.get("product_type", ""), product, error)
        category = self._category(values.get("category", ""), error)
        artisan = self._artisan(values.get("artisan", ""), error)
        price = _decimal(values.get("price", ""))
        if price is None or price <= 0 or price >= MAX_PRICE:
            error("price", _("Give the price in dirhams as a number above 0, e.g. 180 or 180.50."))
        stock = _integer(values.get("stock", ""))
        if stock is None or stock < 0:
            error("stock", _("Give the number of pieces in stock: a whole number, 0 or more."))
        elif product is not None:
            allocated = self._allocated(product)
            if stock < allocated:
                error(
                    "stock",
                    _("%(count)s pieces are already promised to buyers: the stock cannot be lower.")
                    % {"count": allocated},
                )
        weight = _decimal(values.get("weight", ""))
        if weight is None or weight <= 0 or weight >= MAX_WEIGHT:
            error("weight", _("Give the packed weight in kilograms, e.g. 1.25."))
        errors.extend(found)
        if found:
            return None
        return CheckedRow(
            number=row.number,
            sku=sku,
            title=title,
            description=values.get("description", ""),
            product_class=product_class,
            category=category,
            artisan=artisan,
            price=price.quantize(Decimal("0.01")),
            stock=stock,
            weight=weight.quantize(Decimal("0.001")),
            materials=values.get("materials", "")[:255],
            care=values.get("care", ""),
            product=product,
        )

    def _ours(self, product) -> bool:
        partners = set(product.stockrecords.values_list("partner_id", flat=True))
        if partners:
            return partners == {self.partner.pk}
        return product.artisan_id in {artisan.pk for artisan in self.artisans}

    def _allocated(self, product) -> int:
        record = product.stockrecords.filter(partner=self.partner).first()
        return (record.num_allocated or 0) if record else 0

    def _product_class(self, value, product, error):
        if not value:
            if product is None:
                error("product_type", _("A product type is required for a new product."))
            return None
        key = value.casefold()
        for product_class in self.product_classes:
            if key in (product_class.slug.casefold(), product_class.name.casefold()):
                return product_class
        error(
            "product_type",
            _("Unknown product type; use one of: %(types)s.")
            % {"types": ", ".join(product_class.slug for product_class in self.product_classes)},
        )
        return None

    def _category(self, value, error):
        if not value:
            return None
        names = [part.strip().casefold() for part in value.split(">") if part.strip()]
        candidates = [
            category
            for category in Category.objects.filter(name__iexact=names[-1])
            if [c.name.casefold() for c in category.get_ancestors_and_self()][-len(names) :]
            == names
        ]
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            error(
                "category",
                _("Several categories have this name: give its path, e.g. Home > Carpets."),
            )
        else:
            error("category", _("No category has this name in the shop."))
        return None

    def _artisan(self, value, error):
        key = value.casefold()
        for artisan in self.artisans:
            if key and key in (artisan.slug.casefold(), artisan.title.casefold()):
                return artisan
        if not value:
            error("artisan", _("Name who made the piece: one of your cooperative's artisans."))
        else:
            error("artisan", _("This artisan is not one of your cooperative's."))
        return None


def _decimal(text: str):
    text = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if "," in text and "." not in text:
        text = text.replace(",", ".")  # 180,50 as French spreadsheets write it
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _integer(text: str):
    value = _decimal(text)
    if value is None or value != value.to_integral_value():
        return None
    return int(value)
