#!/usr/bin/env python
"""List the msgids of django-oscar's BUYER-FACING strings, optionally only
those missing (absent, empty or fuzzy) from a given .po catalogue.

Usage, from the project root:

    python locale/oscar/extract_oscar_msgids.py                  # every buyer-facing msgid
    python locale/oscar/extract_oscar_msgids.py CATALOGUE.po     # those missing from CATALOGUE.po
    python locale/oscar/extract_oscar_msgids.py --oscar-lang fr
                                                  # missing from Oscar's own fr catalogue
    python locale/oscar/extract_oscar_msgids.py --oscar-lang fr \
        locale/oscar/fr/LC_MESSAGES/django.po
                                                  # missing from both (what still needs doing)
    python locale/oscar/extract_oscar_msgids.py --pot out.pot    # write a template (.pot) of them

Needs Django, django-oscar and polib importable (the project venv has them, or
`pip install polib django==5.2.* django-oscar==4.2.1`) and GNU xgettext on PATH
(package gettext, as for Django's makemessages).

Templates are turned into Python by django.utils.translation.template.templatize
(what makemessages does) and read by `xgettext --language=Python` with Django's
keywords; the listed .py files are read by xgettext directly. msgctxt and plural
forms are kept. Output: one msgid per line ("[context] " before it, " | " between
singular and plural, newlines shown as \\n), and a count on stderr.
"""

import argparse
import os
import subprocess
import sys
import tempfile

import oscar
import polib

OSCAR = os.path.dirname(oscar.__file__)
TEMPLATES = os.path.join(OSCAR, "templates", "oscar")

# Template folders / files (relative to templates/oscar/) shown to buyers.
TEMPLATE_DIRS = [
    "basket",
    "checkout",
    "customer",
    "catalogue",
    "order",
    "partials",
    "search",
    "registration",
    "communication/emails",
    "forms",
]
TEMPLATE_FILES = [
    "layout.html",
    "layout_2_col.html",
    "layout_3_col.html",
    "base.html",
    "403.html",
    "404.html",
    "500.html",
    "error.html",
    "login_forbidden.html",
]
# Python modules (relative to oscar/) whose strings buyer flows show.
PY_FILES = [
    "apps/basket/forms.py",
    "apps/basket/views.py",
    "apps/basket/abstract_models.py",
    "apps/basket/utils.py",
    "apps/basket/formsets.py",
    "apps/basket/models.py",
    "apps/checkout/forms.py",
    "apps/checkout/views.py",
    "apps/checkout/mixins.py",
    "apps/checkout/session.py",
    "apps/checkout/utils.py",
    "apps/customer/forms.py",
    "apps/customer/views.py",
    "apps/customer/mixins.py",
    "apps/customer/alerts/views.py",
    "apps/customer/wishlists/views.py",
    "apps/address/forms.py",
    "apps/address/abstract_models.py",
    "apps/order/abstract_models.py",
    "apps/shipping/methods.py",
    "apps/shipping/repository.py",
    "apps/partner/availability.py",
    "apps/partner/strategy.py",
    "apps/payment/forms.py",
    "apps/payment/abstract_models.py",
    "apps/payment/bankcards.py",
    "core/validators.py",
    "core/compat.py",
    "core/utils.py",
    "forms/fields.py",
    "forms/mixins.py",
    "forms/widgets.py",
]
# Strings of those files that buyers never see: staff-only links, model
# verbose names and help texts used only in the admin/dashboard, internal
# codes and log/repr strings.
SKIP_WHOLE = {
    # staff-only links and widgets in the storefront templates
    "Edit this category",
    "Edit this product",
    "Dashboard",
    "Upload Image",
    "Unrecognized image type!",
    "UPC",
    "---------",
    # basket internals
    "Owner",
    "Open - currently active",
    "Merged - superceded by another basket",
    "Saved - for items to be purchased later",
    "Frozen - the basket cannot be modified",
    "Submitted - has been ordered at the checkout",
    "Date merged",
    "Baskets",
    "%(status)s basket (owner: %(owner)s, lines: %(num_lines)d)",
    "Line Reference",
    "VAT rate code",
    "Date Created",
    "Date Updated",
    "Basket line",
    "Basket lines",
    "Basket #%(basket_id)d, Product #%(product_id)d, quantity %(quantity)d",
    "Line attribute",
    "Line attributes",
    "Line",
    # address / country admin fields
    "Search text - used only for searching addresses",
    "ISO 3166-1 alpha-2",
    "ISO 3166-1 alpha-3",
    "ISO 3166-1 numeric",
    "Official name",
    "Display order",
    "Higher the number, higher the country in the list.",
    "Is shipping country",
    "Countries",
    "User",
    "Number of Orders as Shipping Address",
    "Number of Orders as Billing Address",
    "Address Hash",
    "User address",
    "User addresses",
    "Billing addresses",
    "Shipping addresses",
    "Addresses",
    "Partner",
    "Partner address",
    "Partner addresses",
    "Site",
    # order models: staff-side events, notes and accounting
    "Shipping VAT rate code",
    "'%(new_status)s' is not a valid status for order %(number)s (current status: '%(status)s')",
    "'%(new_status)s' is not a valid status (current status: '%(status)s')",
    "Note Type",
    "Order Note",
    "Order Notes",
    "Old Status",
    "New Status",
    "Order Status Change",
    "Order Status Changes",
    "%(order)s has changed status from %(old_status)s to %(new_status)s",
    "Event Type",
    "Communication Event",
    "Communication Events",
    "'%(type)s' event for order #%(number)s",
    "Partner name",
    "Partner SKU",
    "Partner reference",
    "This is the item number that the partner uses within their system",
    "Partner Notes",
    "Stock record",
    "Number allocated",
    "Order Line",
    "Order Lines",
    "<missing product>",
    "Product '%(name)s', quantity '%(qty)s'",
    "Invalid stock consumption request",
    "Type",
    "Line Attribute",
    "Line Attributes",
    "Line Price",
    "Line Prices",
    "Line '%(number)s' (quantity %(qty)d) price %(price)s",
    "Payment Event Type",
    "Payment Event Types",
    "Lines",
    "Payment Event",
    "Payment Events",
    "Payment event for order %s",
    "Event",
    "Payment Event Quantity",
    "Payment Event Quantities",
    "Event notes",
    "This could be the dispatch reference, or a tracking number",
    "Shipping Event",
    "Shipping Events",
    "Order #%(number)s, type %(type)s",
    "Shipping Event Quantity",
    "Shipping Event Quantities",
    "%(product)s - quantity %(qty)d",
    "Shipping Event Type",
    "Shipping Event Types",
    "Discount category",
    "Offer ID",
    "Offer name",
    "Voucher ID",
    "Frequency",
    "Order Discount",
    "Order Discounts",
    "Discount of %(amount)r from order %(order)s",
    "Line discount (excl. tax)",
    "Order line discount",
    "Order line discounts",
    "Surcharge code",
    # shipping / payment internals
    "You need to define some shipping methods",
    "Source",
    "%(type)s of %(amount).2f",
    "Transaction",
    "Transactions",
    "Source Type",
    "Amount Allocated",
    "Amount Debited",
    "Amount Refunded",
    "Label",
    "Sources",
    "This is used within forms to identify this source type",
    "Source Types",
    "Partner Reference",
    "Bankcard",
    "Bankcards",
    # flatpage admin validators
    'The URL "%s" does not exist',
    "Specified page already exists!",
}

# --manager-dashboard: what a cooperative manager (a partner user) reads in
# Oscar's dashboard: its layout and navigation, the orders list with its
# search/filter form, the line detail page, pagination, the order views'
# messages, and the dashboard login. Order detail is our own template
# (site/templates/oscar/dashboard/orders/order_detail_cooperative.html).
MANAGER_TEMPLATE_FILES = [
    "dashboard/base.html",
    "dashboard/layout.html",
    "dashboard/login.html",
    "dashboard/table.html",
    "dashboard/orders/order_list.html",
    "dashboard/orders/line_detail.html",
    "dashboard/partials/pagination.html",
    "dashboard/partials/alert_messages.html",
    "dashboard/partials/form.html",
    "dashboard/partials/form_field.html",
    "dashboard/partials/form_fields.html",
    "dashboard/partials/form_fields_inline.html",
    "dashboard/partials/advanced_search_modal.html",
]
MANAGER_PY_FILES = [
    "apps/dashboard/orders/forms.py",
    "apps/dashboard/orders/views.py",
    "apps/dashboard/nav.py",
    "apps/dashboard/menu.py",
]
# OSCAR_DASHBOARD_NAVIGATION labels (oscar/defaults.py) of the menus a
# partner user is allowed to open; the staff-only ones are never shown.
MANAGER_NAVIGATION = [
    "Dashboard",
    "Catalogue",
    "Products",
    "Low stock alerts",
    "Fulfilment",
    "Orders",
]

XGETTEXT_KEYWORDS = [
    "gettext_noop",
    "gettext_lazy",
    "ngettext_lazy:1,2",
    "pgettext:1c,2",
    "npgettext:1c,2,3",
    "pgettext_lazy:1c,2",
    "npgettext_lazy:1c,2,3",
]


def _xgettext(sources):
    """Run GNU xgettext (as Django's makemessages does) on {name: python_code}
    and return a polib POFile."""
    with tempfile.TemporaryDirectory() as tmp:
        names = []
        for name, code in sources.items():
            dest = os.path.join(tmp, name)
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            with open(dest, "w", encoding="utf-8") as fh:
                fh.write(code)
            names.append(name)
        cmd = (
            [
                "xgettext",
                "--language=Python",
                "--from-code=UTF-8",
                "--force-po",
                "--add-comments=Translators",
                "--keyword=_",
                "--no-wrap",
                "-o",
                "-",
            ]
            + ["--keyword=" + k for k in XGETTEXT_KEYWORDS]
            + names
        )
        out = subprocess.run(cmd, cwd=tmp, check=True, capture_output=True).stdout  # noqa: S603
    catalog = polib.pofile(out.decode("utf-8"))
    for entry in catalog:  # templates were read as NAME.html.py: name them NAME.html
        entry.occurrences = [
            (f[:-3] if f.endswith((".html.py", ".txt.py")) else f, n) for f, n in entry.occurrences
        ]
    return catalog


def collect(manager_dashboard=False):
    from django.conf import settings

    if not settings.configured:
        settings.configure(USE_I18N=True)
    import django

    django.setup()
    from django.utils.translation.template import templatize

    sources = {}
    paths = []
    if manager_dashboard:
        return _collect_manager(templatize)
    for d in TEMPLATE_DIRS:
        for root, _dirs, files in os.walk(os.path.join(TEMPLATES, d)):
            paths += [os.path.join(root, f) for f in files if f.endswith((".html", ".txt"))]
    paths += [os.path.join(TEMPLATES, f) for f in TEMPLATE_FILES]
    for path in sorted(paths):
        with open(path, encoding="utf-8") as fh:
            sources[os.path.relpath(path, OSCAR) + ".py"] = templatize(fh.read(), origin=path)
    for rel in PY_FILES:
        path = os.path.join(OSCAR, rel)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as fh:
            sources[rel] = fh.read()
    catalog = _xgettext(sources)
    return [e for e in catalog if e.msgid and e.msgid not in SKIP_WHOLE]


def _collect_manager(templatize):
    sources = {}
    for rel in MANAGER_TEMPLATE_FILES:
        path = os.path.join(TEMPLATES, rel)
        with open(path, encoding="utf-8") as fh:
            sources[os.path.relpath(path, OSCAR) + ".py"] = templatize(fh.read(), origin=path)
    for rel in MANAGER_PY_FILES:
        path = os.path.join(OSCAR, rel)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                sources[rel] = fh.read()
    entries = [e for e in _xgettext(sources) if e.msgid]
    seen = {(e.msgctxt, e.msgid) for e in entries}
    with open(os.path.join(OSCAR, "defaults.py"), encoding="utf-8") as fh:
        nav = _xgettext({"defaults.py": fh.read()})
    for entry in nav:
        if entry.msgid in MANAGER_NAVIGATION and (entry.msgctxt, entry.msgid) not in seen:
            entries.append(entry)
    return entries


def _translated(entry):
    if entry.obsolete or "fuzzy" in entry.flags:
        return False
    if entry.msgid_plural:
        return bool(entry.msgstr_plural) and all(entry.msgstr_plural.values())
    return bool(entry.msgstr)


def missing(entries, po_paths):
    """Entries that none of the catalogues at po_paths translates (absent,
    empty or fuzzy in each of them)."""
    done = set()
    for path in po_paths:
        done |= {(e.msgctxt, e.msgid) for e in polib.pofile(path) if _translated(e)}
    return [m for m in entries if (m.msgctxt, m.msgid) not in done]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "catalogue",
        nargs="*",
        help=".po file(s) to compare with; a msgid counts as missing "
        "when none of them translates it",
    )
    ap.add_argument("--oscar-lang", help="compare with Oscar's shipped catalogue for LANG")
    ap.add_argument(
        "--manager-dashboard",
        action="store_true",
        help="list the dashboard strings a cooperative manager reads "
        "instead of the buyer-facing ones",
    )
    ap.add_argument("--pot", help="write the (missing) messages as a .pot file here")
    args = ap.parse_args()
    msgs = collect(manager_dashboard=args.manager_dashboard)
    pos = list(args.catalogue)
    if args.oscar_lang:
        pos.append(os.path.join(OSCAR, "locale", args.oscar_lang, "LC_MESSAGES", "django.po"))
    if pos:
        msgs = missing(msgs, pos)
    if args.pot:
        out = polib.POFile(wrapwidth=0)
        out.metadata = {
            "Content-Type": "text/plain; charset=UTF-8",
            "Content-Transfer-Encoding": "8bit",
        }
        out.extend(msgs)
        out.save(args.pot)
    for m in msgs:
        mid = m.msgid + (" | " + m.msgid_plural if m.msgid_plural else "")
        ctx = f"[{m.msgctxt}] " if m.msgctxt else ""
        print(ctx + mid.replace("\n", "\\n"))
    print(f"# {len(msgs)} msgid(s)", file=sys.stderr)


if __name__ == "__main__":
    main()
