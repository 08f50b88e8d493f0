"""The checkout scenario: many guest buyers race through the whole checkout at once.

- ``shelf``: what is on sale for the race (run inside Django, before the load);
- ``buyer``: one virtual buyer's journey over HTTP, through the site's real forms;
- ``load``: many buyers in threads for a fixed time, and their figures;
- ``audit``: what the database says afterwards (run inside Django, after the load).
"""

import json

from bench.stats import markdown_table

TITLE = "Checkout race"


def prepare(django, workdir):
    shelf_path = workdir / "checkout-shelf.json"
    django("bench.scenarios.checkout.shelf", shelf_path)
    with open(shelf_path) as shelf:
        return {"shelf_path": str(shelf_path), **json.load(shelf)}


def run(base_url, prepared, options):
    from .load import run_load

    return run_load(
        base_url,
        prepared["products"],
        prepared["languages"],
        buyers=options.buyers,
        duration=options.duration,
    )


def audit(django, workdir, prepared, figures):
    load_path, audit_path = workdir / "checkout-load.json", workdir / "checkout-audit.json"
    with open(load_path, "w") as out:
        json.dump(figures, out)
    django("bench.scenarios.checkout.audit", prepared["shelf_path"], load_path, audit_path)
    with open(audit_path) as result:
        return json.load(result)


def markdown(figures, audit):
    by_step = ", ".join(f"{step}: {n}" for step, n in sorted(figures["sold_out_by_step"].items()))
    rules = audit["checks"]
    holding = sum(1 for rule in rules if rule["broken"] == 0 and rule["checked"])
    summary = markdown_table(
        ["figure", "value"],
        [
            (
                "virtual buyers × time",
                f"{figures['buyers']} × {figures['duration_s']} s "
                f"(last journey ended at {figures['elapsed_s']} s)",
            ),
            ("journeys", figures["journeys"]),
            ("checkouts completed (thank-you pages)", figures["orders"]),
            ("orders/s", figures["orders_per_s"]),
            ("sold-out refusals", f"{figures['sold_out_refusals']} ({by_step or 'none'})"),
            (
                "requests",
                f"{figures['requests']} ({figures['requests_per_s']}/s; "
                + ", ".join(f"{k}: {v}" for k, v in figures["statuses"].items())
                + ")",
            ),
            ("errors (5xx, no answer, time-out, unexpected page)", figures["errors"]),
            ("orders in the database", audit["orders_in_database"]),
            ("oversold units", audit["oversold_units"]),
            ("audit rules holding", f"{holding} of {len(rules)}"),
        ],
    )
    steps = markdown_table(
        ["step", "requests", "p50 ms", "p95 ms", "p99 ms", "max ms"],
        [
            (step, s["requests"], s["p50_ms"], s["p95_ms"], s["p99_ms"], s["max_ms"])
            for step, s in figures["steps"].items()
        ]
        + [("all requests", figures["requests"], *figures["all_steps"].values())],
    )
    broken = [
        f"- **{r['rule']}**: {r['broken']} of {r['checked']} broken, e.g. "
        f"`{json.dumps(r['examples'][:2], ensure_ascii=False)}`"
        for r in rules
        if r["broken"] or not r["checked"]
    ]
    return "\n\n".join(
        filter(
            None,
            [
                summary,
                'Latency per step ("→" is the page a redirect leads to):',
                steps,
                "Audit failures:\n" + "\n".join(broken) if broken else "",
            ],
        )
    )
