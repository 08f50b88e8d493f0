"""Every page type in every language: accessible (axe-core), valid HTML (the Nu HTML Checker),
mirrored in Arabic and without sideways scrolling on a 360 px phone; shop pages in the same
page as content pages (one header, one footer, none of Oscar's theme files) and phone first.
Screenshots of each are left in tests/browser/artifacts/screenshots/<language>/<viewport>/."""

import json
import subprocess
from pathlib import Path

import pytest

from tests.languages.wrong_language import reported

from .conftest import close_connections, restore_shop, snapshot_shop
from .journeys import LANGUAGES
from .sweep import ACCOUNT_PAGES, PAGE_TYPES, PAGES, SIGNED_IN_HOME, Sweep, remove_buyers

pytestmark = pytest.mark.browser

SERIOUS = {"serious", "critical"}
ALL_PAGES = [(language, page_type) for language in LANGUAGES for page_type in PAGE_TYPES]
SHOP_PAGES = [
    (language, page_type)
    for language in LANGUAGES
    for page_type in PAGE_TYPES
    if page_type not in PAGES or page_type == "catalogue"
]


@pytest.fixture(scope="session")
def visits(playwright_browser, live_server, axe_source, search_index, django_db_blocker):
    """One sweep of the whole site for the session; the orders it places are deleted."""
    with django_db_blocker.unblock():
        snapshot = snapshot_shop()
        try:
            return Sweep(playwright_browser, live_server, axe_source).run_all()
        finally:
            restore_shop(snapshot)
            remove_buyers()
            close_connections()


@pytest.fixture(scope="session")
def html_errors(visits, vnu_jar):
    """The Nu HTML Checker, run once over every saved page; its errors by file."""
    java, jar = vnu_jar
    files = sorted({visit.html_file for visit in visits.values() if visit.viewport == "desktop"})
    result = subprocess.run(  # noqa: S603
        [java, "-jar", str(jar), "--format", "json", "--errors-only", "--exit-zero-always", *files],
        capture_output=True,
        text=True,
        check=True,
    )
    errors = {name: [] for name in files}
    for message in json.loads(result.stderr or result.stdout)["messages"]:
        name = message.get("url", "").removeprefix("file:")
        errors.setdefault(name, []).append(
            f"line {message.get('lastLine')}: {message['message']} [{message.get('extract', '')!r}]"
        )
    return errors


@pytest.mark.parametrize(("language", "page_type"), ALL_PAGES)
def test_no_serious_or_critical_accessibility_violation(visits, language, page_type):
    visit = visits[language, "desktop", page_type]
    serious = [violation for violation in visit.axe if violation["impact"] in SERIOUS]
    assert not serious, json.dumps(serious, ensure_ascii=False, indent=1)


@pytest.mark.parametrize(("language", "page_type"), ALL_PAGES)
def test_the_html_is_valid(visits, html_errors, language, page_type):
    visit = visits[language, "desktop", page_type]
    assert not html_errors.get(visit.html_file), "\n".join(html_errors[visit.html_file])


@pytest.mark.parametrize(
    ("language", "page_type"),
    [(language, page_type) for language in ("ar", "shi", "en") for page_type in PAGE_TYPES],
)
def test_no_word_of_another_language(visits, language, page_type):
    """The served page in Arabic, Tachelhit or English has no word of another language
    (tests/languages/wrong_language.py, less its known leftovers)."""
    visit = visits[language, "desktop", page_type]
    findings = reported(Path(visit.html_file).read_text(), language)
    assert not findings, f"{visit.url}:\n  " + "\n  ".join(findings)


@pytest.mark.parametrize(("language", "page_type"), ALL_PAGES)
def test_nothing_overflows_sideways_on_a_phone(visits, language, page_type):
    visit = visits[language, "phone", page_type]
    assert visit.overflow <= 0, f"{visit.url} is {visit.overflow}px wider than the screen"


@pytest.mark.parametrize(("language", "page_type"), ALL_PAGES)
def test_no_script_error(visits, language, page_type):
    for viewport in ("desktop", "phone"):
        assert not visits[language, viewport, page_type].script_errors


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_arabic_pages_are_mirrored(visits, page_type):
    """The logo sits on the right in Arabic and the navigation runs right to left, where
    French has the logo on the left and the navigation left to right."""
    french = visits["fr", "desktop", page_type].header
    arabic = visits["ar", "desktop", page_type].header
    middle = french["width"] / 2
    assert french["brand"] < middle < arabic["brand"], (french, arabic)
    assert french["nav"] == sorted(french["nav"]) and len(french["nav"]) > 1, french
    assert arabic["nav"] == sorted(arabic["nav"], reverse=True), arabic


@pytest.mark.parametrize(("language", "page_type"), SHOP_PAGES)
def test_shop_pages_have_the_content_pages_header_and_footer(visits, language, page_type):
    """One storefront (docs/storefront.md): the shop's header and footer are the home page's,
    element for element (the language switcher's links and the basket count aside). A signed-in
    buyer's account pages are compared with the home page as that buyer sees it."""
    home = visits[language, "desktop", SIGNED_IN_HOME if page_type in ACCOUNT_PAGES else "home"]
    visit = visits[language, "desktop", page_type]
    assert visit.header_html and visit.header_html == home.header_html
    assert visit.footer_html and visit.footer_html == home.footer_html


@pytest.mark.parametrize(("language", "page_type"), ALL_PAGES)
def test_no_theme_file_is_requested(visits, language, page_type):
    """No Bootstrap, jQuery, Font Awesome or Oscar ui.js on any buyer page, at any size."""
    for viewport in ("desktop", "phone"):
        assert not visits[language, viewport, page_type].theme_files


@pytest.mark.parametrize("language", LANGUAGES)
def test_on_a_phone_the_product_pages_add_to_basket_is_in_the_first_screen(visits, language):
    seen = visits[language, "phone", "product"].first_screen
    assert seen["price"] is not None and seen["price"] <= seen["screen"], seen
    assert seen["add_to_basket"] is not None and seen["add_to_basket"] <= seen["screen"], seen


@pytest.mark.parametrize(("language", "page_type"), [(lang, "catalogue") for lang in LANGUAGES])
def test_on_a_phone_the_catalogues_first_product_is_in_the_first_screen(
    visits, language, page_type
):
    seen = visits[language, "phone", page_type].first_screen
    assert seen["first_product_image"] is not None, seen
    assert seen["first_product_image"] <= seen["screen"], seen
