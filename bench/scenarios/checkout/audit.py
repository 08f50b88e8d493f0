"""What the database says after the race: nothing oversold, every order whole.

Run inside Django (``python -m bench.scenarios.checkout.audit SHELF.json LOAD.json OUT.json``)
against the benchmark's database. Each check names a rule, counts what breaks it and keeps a
few examples; the run fails when any check does.
"""

import json
import sys
from collections import defaultdict
from decimal import Decimal

CONFIRMATION_TASK = "shop.checkout.tasks.send_order_confirmation"
NOTICES_TASK = "shop.fulfilment.tasks.send_new_order_notices"
INITIAL_STATUS = {"cash-on-delivery": "Pending", "bank-transfer": "Awaiting payment"}
PAYMENT_METHOD = "cash-on-delivery"  # what the virtual buyers choose
MOROCCO_ZONE = "maroc"  # shop/shipping/migrations/0004_zones.py


def shipped_by_zone_or_free(order):
    """Morocco's zone, or Oscar's free shipping (a basket above the free-shipping threshold)."""
    if order.shipping_code == "free-shipping":
        return order.shipping_incl_tax == 0
    return order.shipping_code == MOROCCO_ZONE and order.shipping_incl_tax > 0


class Checks:
    def __init__(self):
        self.results = {}

    def rule(self, name):
        return self.results.setdefault(
            name, {"rule": name, "checked": 0, "broken": 0, "examples": []}
        )

    def check(self, name, holds, example=None):
        result = self.rule(name)
        result["checked"] += 1
        if not holds:
            result["broken"] += 1
            if len(result["examples"]) < 5:
                result["examples"].append(example)

    def passed(self):
        return all(r["broken"] == 0 and r["checked"] > 0 for r in self.results.values())


def audit(shelf, load):
    from django.db.models import Sum
    from django_tasks_db.models import DBTaskResult
    from oscar.core.loading import get_model

    Basket = get_model("basket", "Basket")
    Order = get_model("order", "Order")
    Line = get_model("order", "Line")
    StockRecord = get_model("partner", "StockRecord")

    checks = Checks()
    outcomes = load["outcomes"]
    thanked = {o["order_number"]: o for o in outcomes if o["kind"] == "order"}
    emails = {o["email"] for o in outcomes}
    run_orders = list(
        Order.objects.filter(guest_email__in=emails)
        .select_related("basket", "shipping_address")
        .prefetch_related(
            "lines__sale_share", "lines__partner", "sources__source_type", "payment_events"
        )
        .order_by("pk")
    )

    # Orders = thank-you pages: none lost, none made behind a buyer's back.
    placed = {order.number for order in run_orders}
    checks.check(
        "orders placed = thank-you pages seen",
        placed == set(thanked),
        {
            "without thank-you page": sorted(placed - set(thanked))[:10],
            "thank-you page without order": sorted(set(thanked) - placed)[:10],
        },
    )
    checks.check("order numbers are unique", len(placed) == len(run_orders))
    per_buyer = defaultdict(int)
    for order in run_orders:
        per_buyer[order.guest_email] += 1
    for email, count in per_buyer.items():
        checks.check("one order per journey at most", count == 1, {"email": email, "orders": count})

    # Every order whole.
    prices = {item["upc"]: Decimal(item["price"]) for item in shelf["products"]}
    tasks = defaultdict(list)
    for result in DBTaskResult.objects.filter(task_path__in=(CONFIRMATION_TASK, NOTICES_TASK)):
        tasks[result.task_path].append(tuple(result.args_kwargs["args"]))
    confirmations, notices = set(tasks[CONFIRMATION_TASK]), set(tasks[NOTICES_TASK])
    for order in run_orders:
        check_order(checks, order, thanked.get(order.number), prices, confirmations, notices)

    # Nothing oversold: per stock record, and units ordered within the stock before the race.
    before = {item["stockrecord_id"]: item for item in shelf["products"]}
    ordered = dict(
        Line.objects.filter(order__in=run_orders)
        .values_list("stockrecord_id")
        .annotate(units=Sum("quantity"))
    )
    for record in StockRecord.objects.select_related("product").order_by("pk"):
        allocated = record.num_allocated or 0
        example = {
            "upc": record.product.upc,
            "in stock": record.num_in_stock,
            "allocated": allocated,
            "ordered in the race": ordered.get(record.pk, 0),
        }
        checks.check(
            "allocated ≤ in stock, every stock record", allocated <= record.num_in_stock, example
        )
        if record.pk in before:
            was = before[record.pk]
            units = ordered.get(record.pk, 0)
            checks.check(
                "units ordered ≤ stock free before the race",
                units <= was["free"],
                {**example, "free before": was["free"]},
            )
            checks.check(
                "allocation grew by the units ordered",
                allocated - was["num_allocated"] == units,
                example,
            )

    # Every refusal was true: the piece is (still) short of what the buyer wanted.
    free_now = {
        record.product.upc: record.num_in_stock - (record.num_allocated or 0)
        for record in StockRecord.objects.select_related("product")
    }
    for outcome in outcomes:
        if outcome["kind"] != "sold-out":
            continue
        upc = outcome["detail"]["upc"]
        wanted = dict(map(tuple, outcome["lines"]))[upc]
        checks.check(
            "a sold-out answer only when the piece is short",
            free_now[upc] < wanted,
            {"upc": upc, "step": outcome["step"], "wanted": wanted, "free now": free_now[upc]},
        )

    # No basket left frozen: a refused or failed placement gives the basket back.
    for basket in Basket.objects.filter(status=Basket.FROZEN):
        checks.check("no basket left frozen", False, {"basket": basket.pk})
    checks.check("no basket left frozen", True)

    return {
        "passed": checks.passed(),
        "orders_in_database": len(run_orders),
        "oversold_units": sum(
            max(0, (r.num_allocated or 0) - r.num_in_stock) for r in StockRecord.objects.all()
        ),
        "checks": list(checks.results.values()),
    }


def check_order(checks, order, outcome, prices, confirmations, notices):
    name = order.number
    lines = list(order.lines.all())
    if outcome is not None:
        checks.check(
            "order lines = what the buyer put in the basket",
            sorted((line.upc, line.quantity) for line in lines)
            == sorted(map(tuple, outcome["lines"])),
            {"order": name},
        )
        checks.check(
            "order in the buyer's language",
            order.language == outcome["language"],
            {"order": name, "language": order.language},
        )
    checks.check(
        "every line at the shelf price",
        all(
            line.unit_price_incl_tax == prices[line.upc]
            and line.line_price_incl_tax == prices[line.upc] * line.quantity
            for line in lines
        ),
        {"order": name},
    )
    lines_total = sum((line.line_price_incl_tax for line in lines), Decimal(0))
    checks.check(
        "totals add up (lines + shipping)",
        order.basket_total_incl_tax == lines_total
        and order.total_incl_tax == lines_total + order.shipping_incl_tax,
        {"order": name, "total": str(order.total_incl_tax)},
    )
    checks.check(
        "stock allocated for every line",
        all(line.num_allocated == line.quantity for line in lines),
        {"order": name},
    )
    address = order.shipping_address
    checks.check(
        "shipped to Morocco, with a phone number",
        address is not None
        and address.country_id == "MA"
        and bool(address.phone_number)
        and shipped_by_zone_or_free(order),
        {"order": name, "shipping": order.shipping_code},
    )
    checks.check(
        "status as the payment method implies",
        order.status == INITIAL_STATUS[PAYMENT_METHOD],
        {"order": name, "status": order.status},
    )
    sources = list(order.sources.all())
    checks.check(
        "one payment source, cash on delivery, for the total",
        len(sources) == 1
        and sources[0].source_type.code == PAYMENT_METHOD
        and sources[0].amount_allocated == order.total_incl_tax
        and sources[0].amount_debited == 0
        and sources[0].reference == name,
        {"order": name, "sources": len(sources)},
    )
    checks.check(
        "no payment event before delivery (cash on delivery)",
        not order.payment_events.all(),
        {"order": name},
    )
    shares = [getattr(line, "sale_share", None) for line in lines]
    checks.check(
        "a sale share per line, adding up to its price",
        all(
            share is not None
            and share.partner_id == line.partner_id
            and share.price == line.line_price_incl_tax
            and share.platform_fee + share.cooperative_share == share.price
            for line, share in zip(lines, shares, strict=True)
        ),
        {"order": name},
    )
    checks.check(
        "the basket is submitted",
        order.basket is not None and order.basket.status == "Submitted",
        {"order": name},
    )
    checks.check(
        "confirmation email queued in the buyer's language",
        (order.pk, order.language) in confirmations,
        {"order": name},
    )
    checks.check("cooperatives' new-order notices queued", (order.pk,) in notices, {"order": name})


def main(shelf_path, load_path, out_path):
    import django

    django.setup()
    with open(shelf_path) as shelf, open(load_path) as load:
        result = audit(json.load(shelf), json.load(load))
    with open(out_path, "w") as out:
        json.dump(result, out, indent=1, ensure_ascii=False, default=str)
    broken = [c for c in result["checks"] if c["broken"] or not c["checked"]]
    for check in broken:
        print(f"[bench] audit: {check['rule']}: {check['broken']} of {check['checked']} broken")
    print(
        f"[bench] audit: {len(result['checks']) - len(broken)} of {len(result['checks'])} "
        f"rules hold"
    )


if __name__ == "__main__":
    main(*sys.argv[1:4])
