"""Every page type of the site, visited once per language and viewport: a screenshot, the
HTML as the browser received it, axe-core's findings, the header's geometry, the header and
footer markup, the files requested, what a phone shows in its first screen and whether the
page overflows sideways. The checks in test_page_types.py read what the sweep recorded."""

import re
from dataclasses import dataclass, field

from django.utils import translation
from oscar.core.loading import get_model

from .conftest import ARTIFACTS, Site
from .journeys import (
    LANGUAGES,
    choose_payment,
    give_address,
    give_email,
    go_to_checkout,
    place_order,
    submit,
)

Category = get_model("catalogue", "Category")
Product = get_model("catalogue", "Product")

PAGES = {
    "home": "",
    "cooperative-index": "cooperatives/",
    "cooperative": "cooperatives/tissage-ait-bouguemez/",
    "artisan": "cooperatives/tissage-ait-bouguemez/itto-ait-ouahmane/",
    "story-index": "histoires/",
    "story": "histoires/la-pierre-et-l-amande/",
    "campaign-index": "campagnes/",
    "campaign": "campagnes/un-pressoir-pour-taytmatine/",
    "catalogue": "shop/",
}
SEARCHES = {"fr": "tapis", "ar": "زيت", "shi": "ⵍⵣⵉⵜ", "en": "carpet"}
CHECKOUT_STEPS = [
    "basket",
    "checkout-email",
    "checkout-address",
    "checkout-payment",
    "checkout-preview",
    "thank-you",
]
PAGE_TYPES = [*PAGES, "category", "product", "search", *CHECKOUT_STEPS]
SHOP_PRODUCT = "TWZ-ARG-001"


@dataclass
class Visit:
    language: str
    viewport: str
    page_type: str
    url: str
    html_file: str
    axe: list = field(default_factory=list)
    overflow: int = 0
    header: dict = field(default_factory=dict)
    script_errors: list = field(default_factory=list)
    # The site header (without its language switcher and basket count, which depend on the
    # page and the basket) and footer, as the browser shows them (docs/storefront.md).
    header_html: str = ""
    footer_html: str = ""
    theme_files: list = field(default_factory=list)
    # Phone: where, from the top of the page, the things a buyer came for end.
    first_screen: dict = field(default_factory=dict)


HEADER_GEOMETRY = """() => {
    const box = el => el && el.getBoundingClientRect();
    const brand = box(document.querySelector('.site-header__brand, .header .h1 a'));
    // The language switcher; the checkout, which has none, numbers its steps in a row.
    const row = document.querySelector('.language-switcher, .nav-checkout, .checkout-steps');
    const items = row ? [...row.querySelectorAll('li')].map(box) : [];
    return {
        brand: brand && brand.x + brand.width / 2,
        nav: items.map(b => b.x),
        width: window.innerWidth,
    };
}"""
AXE_RUN = """async () => {
    const result = await axe.run(document, {resultTypes: ['violations']});
    return result.violations.map(v => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')),
    }));
}"""
OVERFLOW = "() => document.documentElement.scrollWidth - window.innerWidth"
SHARED_FURNITURE = """() => {
    const header = document.querySelector('body > header.site-header');
    const footer = document.querySelector('body > footer.site-footer');
    let headerHtml = '';
    if (header) {
        const copy = header.cloneNode(true);
        copy.querySelectorAll('.language-switcher, .site-nav__count, .search-suggestions')
            .forEach(el => el.remove());
        headerHtml = copy.outerHTML;
    }
    return {header: headerHtml, footer: footer ? footer.outerHTML : ''};
}"""
FIRST_SCREEN = """() => {
    const bottom = selector => {
        const el = document.querySelector(selector);
        return el ? el.getBoundingClientRect().bottom + window.scrollY : null;
    };
    return {
        add_to_basket: bottom('#add_to_basket_form button[type=submit]'),
        price: bottom('.product-main .price_color'),
        first_product_image: bottom('[data-kind=product] .image_container img'),
        first_product_title: bottom('[data-kind=product] .product_pod__title'),
        screen: window.innerHeight,
    };
}"""
# Oscar's stock theme: Bootstrap, jQuery, Font Awesome, ui.js, its stylesheet.
THEME_FILE = re.compile(
    r"bootstrap|jquery|font-?awesome|fa-(?:solid|regular|brands)|oscar/js/oscar/ui\.js|"
    r"oscar/css/styles\.css",
    re.I,
)


def page_urls(language):
    with translation.override(language):
        product = Product.objects.get(upc=SHOP_PRODUCT)
        category = Category.objects.filter(product=product).first() or Category.objects.first()
        return {
            **{name: f"/{language}/{path}" for name, path in PAGES.items()},
            "category": category.get_absolute_url(),
            "product": product.get_absolute_url(),
            "search": f"/{language}/search/?q={SEARCHES[language]}",
        }


class Sweep:
    def __init__(self, browser, base_url, axe_source):
        self.browser = browser
        self.base_url = base_url
        self.axe_source = axe_source
        self.visits = {}

    def record(self, site, language, page_type):
        page = site.page
        page.wait_for_load_state("load")
        requested, site.requested = site.requested, []
        folder = ARTIFACTS / "html"
        folder.mkdir(parents=True, exist_ok=True)
        html_file = folder / f"{language}-{page_type}.html"
        visit = Visit(language, site.viewport, page_type, page.url, str(html_file))
        site.screenshot(language, page_type)
        if site.viewport == "desktop":
            html_file.write_text(self.served_html(site))
            # Evaluated, not added as an inline <script>: the site's CSP forbids those.
            page.evaluate(self.axe_source)
            visit.axe = page.evaluate(AXE_RUN)
            visit.header = page.evaluate(HEADER_GEOMETRY)
            furniture = page.evaluate(SHARED_FURNITURE)
            visit.header_html, visit.footer_html = furniture["header"], furniture["footer"]
        else:
            visit.overflow = page.evaluate(OVERFLOW)
            visit.first_screen = page.evaluate(FIRST_SCREEN)
        visit.theme_files = [url for url in requested if THEME_FILE.search(url)]
        visit.script_errors = list(site.errors)
        site.errors.clear()
        self.visits[language, site.viewport, page_type] = visit

    def served_html(self, site):
        """The document as the server sent it (the checker judges markup, not the DOM)."""
        response = site.context.request.get(site.page.url)
        return response.text()

    def run(self, language, viewport):
        site = Site(self.browser, self.base_url, viewport)
        site.requested = []
        site.page.on("request", lambda request: site.requested.append(request.url))
        try:
            urls = page_urls(language)
            for page_type in [*PAGES, "category", "product", "search"]:
                site.open(urls[page_type])
                self.record(site, language, page_type)
            site.open(urls["product"])
            submit(site.page, "form#add_to_basket_form")
            site.open(f"/{language}/shop/basket/")
            self.record(site, language, "basket")
            go_to_checkout(site, language)
            self.record(site, language, "checkout-email")
            give_email(site.page, f"sweep-{language}-{viewport}@example.com")
            self.record(site, language, "checkout-address")
            give_address(site.page, "MA")
            self.record(site, language, "checkout-payment")
            choose_payment(site.page, "cash-on-delivery")
            self.record(site, language, "checkout-preview")
            place_order(site.page)
            self.record(site, language, "thank-you")
        finally:
            site.close()

    def run_all(self):
        for language in LANGUAGES:
            for viewport in ("desktop", "phone"):
                self.run(language, viewport)
        return self.visits
