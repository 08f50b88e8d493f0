"""What a first visit costs a phone (issue 13's acceptance): each page type at 360×640, its
first-load bytes by resource type (bench/scenarios/page_weight/measure.py), French pages held
to the budgets. The test server sends files uncompressed, so these figures are higher than
production's (``python -m bench.run --scenario page_weight``, docs/seo.md).

Editorial pages must stay within 100 KB, the catalogue, category and product pages within
150 KB; the figures are also written to tests/browser/artifacts/page_weight.md.
"""

import json

import pytest

from bench.scenarios.page_weight import measure

from .conftest import ARTIFACTS, close_connections, keep_on_localhost

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def weights(playwright_browser, live_server, django_db_blocker):
    # The live server answers from its own thread: database access stays open meanwhile.
    with django_db_blocker.unblock():
        try:
            paths = {code: measure.shop_paths(code) for code in ("fr", "shi")}
            results = {}
            for name, path in measure.page_paths("fr", paths["fr"]).items():
                results[f"fr {name}"] = weigh(playwright_browser, live_server, path)
            for name in ("home", "product"):
                path = measure.page_paths("shi", paths["shi"])[name]
                results[f"shi {name}"] = weigh(playwright_browser, live_server, path)
        finally:
            close_connections()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "page_weight.json").write_text(json.dumps(results, indent=1))
    (ARTIFACTS / "page_weight.md").write_text(measure.markdown(results) + "\n")
    print("\n" + measure.markdown(results))  # noqa: T201 (the figures, in the test's output)
    return results


def weigh(browser, live_server, path):
    measured = measure.measure_page(browser, live_server, path, keep_on_localhost)
    assert measured["status"] == 200, measured
    return measured


@pytest.mark.parametrize("name", measure.EDITORIAL_PAGES)
def test_editorial_pages_stay_within_100_kb_on_a_phone(weights, name):
    measured = weights[f"fr {name}"]
    assert measured["by_type"]["html"] > 0
    assert measured["total"] <= measure.EDITORIAL_BUDGET, json.dumps(measured, indent=1)


@pytest.mark.parametrize("name", measure.SHOP_PAGES)
def test_shop_pages_stay_within_150_kb_on_a_phone(weights, name):
    measured = weights[f"fr {name}"]
    assert measured["by_type"]["html"] > 0 and measured["by_type"]["css"] > 0
    assert measured["total"] == sum(item["bytes"] for item in measured["files"])
    assert measured["total"] <= measure.SHOP_BUDGET, json.dumps(measured, indent=1)
    report = (ARTIFACTS / "page_weight.md").read_text()
    assert f"| fr {name} | {measured['total'] / measure.KB:.1f} |" in report


@pytest.mark.parametrize("name", [*measure.EDITORIAL_PAGES, *measure.SHOP_PAGES])
def test_french_pages_load_no_arabic_or_tifinagh_font(weights, name):
    fonts = [f["url"] for f in weights[f"fr {name}"]["files"] if f["type"] == "fonts"]
    assert not [url for url in fonts if "Naskh" in url or "Tifinagh" in url]


@pytest.mark.parametrize("name", ["home", "product"])
def test_tachelhit_pages_load_tifinagh_without_shifting_the_layout(weights, name):
    measured = weights[f"shi {name}"]
    fonts = [f["url"] for f in measured["files"] if f["type"] == "fonts"]
    assert any("NotoSansTifinagh" in url for url in fonts)
    assert measured["cls"] < 0.1  # "good" in Core Web Vitals terms (was 0.177)
