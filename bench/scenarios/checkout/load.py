"""Many virtual buyers at once for a fixed time, each starting a new journey (a new guest,
a new basket) as soon as the last one ended; what they saw, step by step.

Each journey is in one of the four languages (in turn) and wants one piece: a one-of-a-kind
carpet, a piece from a small run, or an everyday product, often with an everyday product
beside it. The scarce pieces are wanted far more than they exist, so buyers race for them.
"""

import random
import threading
import time
from dataclasses import asdict

from bench.stats import StepTimer

from .buyer import Buyer

# How often a journey is after each kind of piece; then how often it adds an everyday one.
WANTS = {"one-of-a-kind": 0.25, "small-run": 0.15, "plenty": 0.60}
SECOND_PRODUCT = 0.3
STEPS = (
    "product page",
    "add to basket",
    "basket",
    "checkout",
    "guest email",
    "shipping address",
    "payment method",
    "place order",
    "thank-you",
)
EMAIL_DOMAIN = "bench.example"  # a reserved name: no mail ever leaves for it


def choose_products(rng, by_kind):
    kind = rng.choices(list(WANTS), weights=list(WANTS.values()))[0]
    wanted = rng.choice(by_kind[kind])
    quantity = {"one-of-a-kind": 1, "small-run": rng.choice((1, 2))}.get(kind, rng.randint(1, 3))
    products = [(wanted, quantity)]
    if kind != "plenty" and rng.random() < SECOND_PRODUCT:
        products.append((rng.choice(by_kind["plenty"]), 1))
    return products


def run_load(base_url, shelf, languages, buyers, duration, seed=12):
    by_kind = {}
    for item in shelf:
        by_kind.setdefault(item["kind"], []).append(item)
    timer = StepTimer()
    outcomes = []
    lock = threading.Lock()
    started = time.monotonic()
    deadline = started + duration

    def virtual_buyer(index):
        rng = random.Random(seed * 1000 + index)
        journey = 0
        while time.monotonic() < deadline:
            language = languages[(index + journey) % len(languages)]
            email = f"buyer-{index}-{journey}@{EMAIL_DOMAIN}"
            outcome = Buyer(base_url, language, email, timer.record).shop(
                choose_products(rng, by_kind)
            )
            with lock:
                outcomes.append(asdict(outcome))
            journey += 1

    threads = []
    for index in range(buyers):
        thread = threading.Thread(target=virtual_buyer, args=(index,), daemon=True)
        thread.start()
        threads.append(thread)
        time.sleep(min(0.05, duration / buyers / 10))  # a second's ramp, not a stampede
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    return summarise(outcomes, timer, elapsed, buyers, duration)


def summarise(outcomes, timer, elapsed, buyers, duration):
    orders = [o for o in outcomes if o["kind"] == "order"]
    refusals = [o for o in outcomes if o["kind"] == "sold-out"]
    errors = [o for o in outcomes if o["kind"] == "error"]
    by_step = {}
    for refusal in refusals:
        by_step[refusal["step"]] = by_step.get(refusal["step"], 0) + 1
    requests = timer.summary(STEPS)
    return {
        "buyers": buyers,
        "duration_s": duration,
        "elapsed_s": round(elapsed, 1),
        "journeys": len(outcomes),
        "orders": len(orders),
        "orders_per_s": round(len(orders) / elapsed, 2),
        "sold_out_refusals": len(refusals),
        "sold_out_by_step": by_step,
        "errors": len(errors),
        "error_samples": errors[:20],
        "requests_per_s": round(requests["requests"] / elapsed, 1),
        **requests,
        "outcomes": outcomes,
    }
