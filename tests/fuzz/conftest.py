"""Fuzzing the public forms and query strings with Hypothesis (issue 12).

Profiles: ``ci`` (chosen when CI=true) runs enough examples that the fuzz suite executes at
least ``CI_MIN_EXAMPLES`` in total, derandomized so a CI failure replays; ``dev`` (the
default elsewhere) runs a thirtieth. ``HYPOTHESIS_PROFILE`` picks one explicitly.

Every example runs inside a savepoint rolled back afterwards (``fuzz_example``): examples
start from the demo content as seeded, and a half-written row left by a bad input would be
seen by the example's own checks before the rollback. Examples are counted for real, and in
CI the session fails when fewer than ``CI_MIN_EXAMPLES`` ran.
"""

import os
import time
from collections import defaultdict
from contextlib import contextmanager

import pytest
from django.db import transaction
from django.test import Client
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st

from tests.conftest import IN_CI

CI_MIN_EXAMPLES = 5_000

COMMON = {
    "deadline": None,
    "suppress_health_check": [
        HealthCheck.function_scoped_fixture,  # the db fixture: each example has its savepoint
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
    "database": None,
}
# CI runs each test's full count (``examples``), derandomized so a failure replays, and
# skips shrinking to keep its time bounded (the failing example is printed unshrunk);
# locally ``dev`` runs a thirtieth of it (at least 5), shrinking included.
settings.register_profile(
    "ci", derandomize=True, phases=[p for p in Phase if p != Phase.shrink], **COMMON
)
settings.register_profile("dev", **COMMON)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if IN_CI else "dev")
settings.load_profile(PROFILE)
SHARE = {"ci": 1.0}.get(PROFILE, 1 / 30)


def examples(in_ci):
    """``settings`` running ``in_ci`` examples in CI (the counts add up past
    ``CI_MIN_EXAMPLES``, cheap requests taking the larger shares) and a few locally."""
    return settings(max_examples=max(5, round(in_ci * SHARE)))


class ExampleCounter:
    count = 0
    test = None
    per_test = defaultdict(lambda: [0, 0.0])  # test name -> [examples, seconds]


@contextmanager
def fuzz_example():
    """One counted (and timed) example, in a savepoint rolled back at its end."""
    ExampleCounter.count += 1
    started = time.perf_counter()
    try:
        with transaction.atomic():
            yield Client()
            transaction.set_rollback(True)
    finally:
        tally = ExampleCounter.per_test[ExampleCounter.test]
        tally[0] += 1
        tally[1] += time.perf_counter() - started


@pytest.fixture(autouse=True)
def name_the_test(request):
    ExampleCounter.test = request.node.name


@pytest.fixture(scope="session", autouse=True)
def examples_run_in_total(request):
    yield
    for name, (count, seconds) in sorted(ExampleCounter.per_test.items()):
        print(f"\n  {name}: {count} examples, {seconds / count * 1000:.0f} ms each", end="")
    print(f"\nHypothesis fuzz examples run: {ExampleCounter.count}")
    ran_every_fuzz_test = request.session.testsfailed == 0
    if IN_CI and ran_every_fuzz_test:
        assert ExampleCounter.count >= CI_MIN_EXAMPLES, (
            f"only {ExampleCounter.count} fuzz examples ran; CI must run {CI_MIN_EXAMPLES}"
        )


def assert_not_a_server_error(response):
    assert response.status_code < 500, (response.status_code, response.content[:500])


# Text a buyer, a bot or an attacker may type: anything printable or not (surrogates cannot
# travel in UTF-8), and the cases that broke sites before.
NASTY = [
    "\x00",
    "a\x00b",
    "ⵜⴰⵡⵉⵣⴰ ⵏ ⵜⵎⵣⴳⵉⴷⴰ",
    "تعاونية أركان تايتماتين",
    "\u202eRTL override\u202c",
    "🧶🫒👩🏽‍🎨🇲🇦",
    "'; DROP TABLE catalogue_product; --",
    "1' OR '1'='1",
    '"><script>alert(1)</script>',
    "{{ settings.SECRET_KEY }}{% debug %}",
    "%00%ff%2e%2e/",
    "../../../../etc/passwd",
    "NaN",
    "-0",
    "1e309",
    "9" * 40,
    " ",
    "",
]
characters = st.characters(exclude_categories=("Cs",))
hostile_text = st.one_of(
    st.sampled_from(NASTY),
    st.text(characters, max_size=40),
    st.lists(st.one_of(st.sampled_from(NASTY), st.text(characters, max_size=8)), max_size=6).map(
        "".join
    ),
    st.tuples(st.sampled_from(["x", "ⵣ", "ع", "🧶", "é"]), st.integers(200, 12_000)).map(
        lambda pair: pair[0] * pair[1]
    ),
)
# A form field's name as a browser sends it: anything but quotes, backslashes and control
# characters, which a browser escapes in a multipart body and Django's test client does not.
field_name = st.text(
    st.characters(exclude_categories=("Cs", "Cc"), exclude_characters='"\\'),
    min_size=1,
    max_size=20,
)
number_like = st.one_of(
    st.integers(-(10**30), 10**30).map(str), st.sampled_from(["1", "2", "0", "-1"]), hostile_text
)
