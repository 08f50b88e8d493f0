"""The page-weight scenario: what a first visit costs a phone, page type by page type.

Chromium (Debian's ``chromium``, driven by Playwright) opens each page type at 360×640 against
the production server (compressed, hashed static files) and sums the first-load bytes by
resource type (``measure.py``); the audit holds them to issue 13's budgets: product and
catalogue pages ≤ 150 KB, editorial pages ≤ 100 KB, in French. Other languages are measured
for the record (the Arabic and Tifinagh fonts load there only).
"""

import json
import shutil

from . import measure

TITLE = "Page weight (first load at 360×640)"
LANGUAGES = ("fr", "ar", "shi", "en")


def prepare(django, workdir):
    paths_file = workdir / "page-weight-paths.json"
    django("bench.scenarios.page_weight.paths", paths_file)
    return json.loads(paths_file.read_text())


def run(base_url, prepared, options):
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium")
    if chromium is None:
        return {
            "errors": 1,
            "error": "Chromium is not installed (apt install chromium)",
            "pages": {},
        }
    pages = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium, headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            for language in LANGUAGES:
                for name, path in measure.page_paths(language, prepared[language]).items():
                    pages[f"{language} {name}"] = measure.measure_page(browser, base_url, path)
        finally:
            browser.close()
    return {"errors": 0, "pages": pages}


def audit(django, workdir, prepared, figures):
    checks = []
    for key, measured in figures["pages"].items():
        language, name = key.split(" ")
        budget = measure.BUDGETS.get(name)
        if language != "fr" or budget is None:
            continue
        checks.append(
            {
                "rule": f"{name} ≤ {budget // measure.KB} KB",
                "checked": 1,
                "broken": int(measured["total"] > budget),
                "bytes": measured["total"],
            }
        )
    return {"passed": bool(checks) and not any(c["broken"] for c in checks), "checks": checks}


def markdown(figures, audit):
    if not figures["pages"]:
        return figures.get("error", "No page measured.")
    return (
        "Bytes over the wire (compressed bodies and headers), new browser context per page, "
        "until the network is idle; budgets are for French pages.\n\n"
        + measure.markdown(figures["pages"])
    )
