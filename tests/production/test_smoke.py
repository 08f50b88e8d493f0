"""The production server, as a visitor's browser finds it: every page type in every language
answers 200, with no console error and every stylesheet, script, font and image it asks for
found (under WhiteNoise's hashed names, and media from the configured storage).

Pages are found the way a crawler finds them (sitemap.xml, then links), never by id.
"""

import json
import re
import urllib.request
from urllib.parse import quote, urlsplit
from xml.etree import ElementTree

import pytest

from tests.browser.journeys import LANGUAGES, submit

# Not marked `browser`: tests/browser sorts those last and keeps one Playwright session open
# for them, and a second one on the same thread cannot start. These run (and close their own)
# before them.
pytestmark = pytest.mark.production

SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
# Each Wagtail page type's template names it in <body class="page-...">.
PAGE_TYPES = {
    "page-home": "home",
    "page-cooperative-index": "cooperative index",
    "page-cooperative": "cooperative",
    "page-artisan": "artisan",
    "page-stories": "story index",
    "page-story": "story",
    "page-campaigns": "campaign index",
    "page-campaign": "campaign",
}
BODY_CLASS = re.compile(r'<body[^>]*class="([^"]*)"')


def fetch(url):
    with urllib.request.urlopen(url, timeout=120) as response:  # noqa: S310 (PRODUCTION_URL)
        return response.status, response.headers, response.read()


def path_of(url):
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def pages_by_type(production_url):
    """{page type: {language: path}}, one page of each type, from the sitemap's pages."""
    status, _headers, body = fetch(f"{production_url}/sitemap.xml")
    assert status == 200
    index = ElementTree.fromstring(body)  # noqa: S314 (our own server's sitemap index)
    pages = [loc.text for loc in index.findall("s:sitemap/s:loc", SITEMAP) if "-pages" in loc.text]
    assert pages, "sitemap.xml lists no pages file"
    status, _headers, body = fetch(production_url + path_of(pages[0]))
    assert status == 200
    found = {}
    sitemap = ElementTree.fromstring(body)  # noqa: S314 (our own server's sitemap)
    for entry in sitemap.findall("s:url", SITEMAP):
        alternates = {
            link.get("hreflang"): path_of(link.get("href"))
            for link in entry.findall("x:link", SITEMAP)
        }
        _status, _headers, html = fetch(
            production_url + path_of(entry.findtext("s:loc", "", SITEMAP))
        )
        classes = BODY_CLASS.search(html.decode()).group(1).split()
        page_type = next((PAGE_TYPES[name] for name in classes if name in PAGE_TYPES), None)
        if page_type and page_type not in found:
            found[page_type] = alternates
        if len(found) == len(PAGE_TYPES):
            break
    assert sorted(found) == sorted(PAGE_TYPES.values()), "sitemap.xml lacks some page types"
    return found


@pytest.fixture(scope="module")
def wagtail_pages(production_url):
    return pages_by_type(production_url)


class Visitor:
    """One browser context: what it loads from the server (or the media store) and fails."""

    def __init__(self, browser, production_url):
        self.origin = production_url
        self.context = browser.new_context(base_url=production_url, service_workers="block")
        self.context.set_default_timeout(90_000)
        # Nothing leaves the machine: map tiles (an outside host) are refused in the page.
        self.context.route("**/*", self.keep_on_localhost)
        self.page = self.context.new_page()
        self.problems = []
        self.page.on("console", self.on_console)
        self.page.on("pageerror", lambda error: self.problems.append(f"script error: {error}"))
        self.page.on("response", self.on_response)
        self.page.on("requestfailed", self.on_failed)

    @staticmethod
    def local(url):
        return url.startswith("http://127.0.0.1:")

    def keep_on_localhost(self, route):
        if self.local(route.request.url) or route.request.url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            route.abort("blockedbyclient")

    def on_console(self, message):
        # A request this test refused (an outside map tile) is not the site's fault.
        if message.type == "error" and self.local(message.location.get("url") or self.origin):
            self.problems.append(f"console error: {message.text} ({message.location})")

    def on_response(self, response):
        if response.status >= 400 and self.local(response.url):
            self.problems.append(f"{response.status} {response.url}")

    def on_failed(self, request):
        # ERR_ABORTED is the browser cancelling a request itself (a lazy image still loading
        # when the test moves to the next page); what the server fails is a status or a refusal.
        if self.local(request.url) and request.failure != "net::ERR_ABORTED":
            self.problems.append(f"failed {request.url}: {request.failure}")

    def open(self, path):
        response = self.page.goto(path)
        self.page.wait_for_load_state("load")
        assert response is not None, path
        return response

    def check(self, what, response):
        assert response.status == 200, (what, response.url, response.status)
        assert not self.problems, (what, response.url, self.problems)


@pytest.fixture
def visitor(chromium, production_url):
    visitor = Visitor(chromium, production_url)
    yield visitor
    visitor.context.close()


def first_link(page, pattern):
    for href in page.eval_on_selector_all(
        "a[href]", "links => links.map(a => a.getAttribute('href'))"
    ):
        if re.fullmatch(pattern, href):
            return href
    raise AssertionError(f"no link matching {pattern} on {page.url}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_answers_with_all_its_assets(visitor, wagtail_pages, language):
    """Rule: in production, each page type in each language is a 200 whose every asset loads."""
    for page_type, alternates in wagtail_pages.items():
        visitor.check(page_type, visitor.open(alternates[language]))
        # The page's own stylesheet is served under its hashed name (ManifestStaticFilesStorage).
        stylesheet = visitor.page.get_attribute("link[rel=stylesheet]", "href")
        assert re.search(r"\.[0-9a-f]{12}\.css$", stylesheet), (page_type, stylesheet)

    visitor.check("catalogue", visitor.open(f"/{language}/shop/"))
    category = first_link(visitor.page, rf"/{language}/shop/category/[\w-]+_\d+/")
    product = first_link(visitor.page, rf"/{language}/shop/[\w-]+_\d+/")
    visitor.check("category", visitor.open(category))
    visitor.check("product", visitor.open(product))
    title = visitor.page.inner_text("h1").strip()

    # Search, on the production search engine: the product is found by its title.
    visitor.check("search", visitor.open(f"/{language}/search/?q={quote(title)}"))
    assert visitor.page.locator(f"a[href='{product}']").count(), (language, title)

    visitor.open(product)
    submit(visitor.page, "form#add_to_basket_form")
    visitor.check("basket", visitor.open(f"/{language}/shop/basket/"))
    assert visitor.page.locator(f"a[href='{product}']").count(), "the product is not in the basket"
    with visitor.page.expect_navigation():
        visitor.page.locator(f"a[href='/{language}/shop/checkout/']").first.click()
    visitor.page.wait_for_load_state("load")
    assert "/shop/checkout/" in visitor.page.url, visitor.page.url
    assert visitor.page.locator("input[name=username]").count(), "no checkout email step"
    assert not visitor.problems, ("checkout", visitor.page.url, visitor.problems)


def test_cooperative_map_markers_use_hashed_icons(visitor, wagtail_pages):
    """Rule: Leaflet's marker images are asked for under their hashed static names."""
    visitor.open(wagtail_pages["cooperative"]["fr"])
    icons = visitor.page.eval_on_selector(
        "#cooperative-map", "map => [map.dataset.markerIcon, map.dataset.markerShadow]"
    )
    for icon in icons:
        assert re.search(r"\.[0-9a-f]{12}\.png$", icon), icon
        status, headers, _body = fetch(visitor.origin + icon)
        assert status == 200 and headers["Content-Type"] == "image/png"


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("/sitemap.xml", "application/xml"),
        ("/robots.txt", "text/plain"),
        ("/favicon.ico", "image/"),
    ],
)
def test_site_files_are_served(visitor, path, content_type):
    response = visitor.context.request.get(path)
    assert response.status == 200, (path, response.status)
    assert response.headers["content-type"].startswith(content_type), response.headers


def test_health_reports_database_and_search(production_url):
    """Rule: /healthz tells the operator both engines answer."""
    status, headers, body = fetch(f"{production_url}/healthz")
    health = json.loads(body)
    assert status == 200 and headers["Content-Type"] == "application/json"
    assert health["database"] == "ok" and health["search"] == "ok", health
