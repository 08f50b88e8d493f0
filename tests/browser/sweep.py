"""Every page type of the site, visited once per language and viewport: a screenshot, the
HTML as the browser received it, axe-core's findings, the header's geometry, the header and
footer markup, the files requested, what a phone shows in its first screen and whether the
page overflows sideways. The checks in test_page_types.py read what the sweep recorded."""

import re
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_model

from tests.fulfilment.conftest import place_order as place_order_for
from tests.languages.wrong_language import BUYER

from .conftest import ARTIFACTS, Site
from .journeys import (
    ADDRESSES,
    LANGUAGES,
    choose_payment,
    give_address,
    give_email,
    go_to_checkout,
    place_order,
    submit,
)

Category = get_model("catalogue", "Category")
Country = get_model("address", "Country")
Product = get_model("catalogue", "Product")
UserAddress = get_model("address", "UserAddress")
WishList = get_model("wishlists", "WishList")
User = get_user_model()

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
# A guest's pages around the checkout, then a signed-in buyer's account.
GUEST_PAGES = [
    "added-to-basket",
    "reviews",
    "offers",
    "order-status",
    "sign-in",
    "password-reset",
    "password-reset-sent",
]
ACCOUNT_PAGES = {
    "account-profile": "accounts/profile/",
    "order-history": "accounts/orders/",
    "order-detail": "accounts/orders/{order}/",
    "address-book": "accounts/addresses/",
    "address-form": "accounts/addresses/add/",
    "wishlists": "accounts/wishlists/",
    "wishlist": "accounts/wishlists/{wishlist}/",
}
PAGE_TYPES = [
    *PAGES,
    "category",
    "product",
    "search",
    *CHECKOUT_STEPS,
    *GUEST_PAGES,
    *ACCOUNT_PAGES,
]
SIGNED_IN_HOME = "home-signed-in"
SHOP_PRODUCT = "TWZ-ARG-001"
BUYER_PASSWORD = "sweep-a-long-pass-9"  # noqa: S105 (a test account's)


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
            "reviews": reverse(
                "catalogue:reviews-list",
                kwargs={"product_slug": product.slug, "product_pk": product.pk},
            ),
            "offers": f"/{language}/shop/offers/",
            "sign-in": f"/{language}/shop/accounts/login/",
            "password-reset": f"/{language}/shop/password-reset/",
        }


def buyer_for(language):
    """A signed-up buyer with a placed order, a saved address and a wish list (the sweep
    signs in as them); deleted by `remove_buyers`."""
    email = f"sweep-buyer-{language}@example.com"
    buyer = User.objects.filter(email=email).first()
    if buyer is None:
        typed = {**ADDRESSES["MA"], **BUYER.get(language, {})}
        buyer = User.objects.create_user(email, email, BUYER_PASSWORD)
        UserAddress.objects.create(
            user=buyer,
            country=Country.objects.get(iso_3166_1_a2="MA"),
            **typed,
        )
        wishlist = WishList.objects.create(owner=buyer, name=typed["first_name"])
        wishlist.add(Product.objects.get(upc=SHOP_PRODUCT))
        order = place_order_for(SHOP_PRODUCT, language=language, user=buyer)
        # The helper's address is French-typed; the buyer typed theirs in their language.
        for name, value in typed.items():
            setattr(order.shipping_address, name, value)
        order.shipping_address.save()
    return buyer


def remove_buyers():
    User.objects.filter(email__startswith="sweep-buyer-").delete()


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
            self.record(site, language, "added-to-basket")
            site.open(f"/{language}/shop/basket/")
            self.record(site, language, "basket")
            go_to_checkout(site, language)
            self.record(site, language, "checkout-email")
            give_email(site.page, f"sweep-{language}-{viewport}@example.com")
            self.record(site, language, "checkout-address")
            give_address(site.page, "MA", **BUYER.get(language, {}))
            self.record(site, language, "checkout-payment")
            choose_payment(site.page, "cash-on-delivery")
            self.record(site, language, "checkout-preview")
            place_order(site.page)
            self.record(site, language, "thank-you")
            self.guest_pages(site, language, urls)
            self.account_pages(site, language)
        finally:
            site.close()

    def guest_pages(self, site, language, urls):
        """From the thank-you page to the guest's order status, then the pages of a buyer
        not signed in: reviews, offers, sign in and register, password reset."""
        page = site.page
        with page.expect_navigation():
            page.locator("a[href*='/accounts/order-status/']").first.click()
        self.record(site, language, "order-status")
        for page_type in ("reviews", "offers", "sign-in", "password-reset"):
            site.open(urls[page_type])
            self.record(site, language, page_type)
        page.fill("input[name=email]", f"nobody-{language}@example.com")
        submit(page, "form:has(input[name=email])")
        self.record(site, language, "password-reset-sent")

    def account_pages(self, site, language):
        buyer = buyer_for(language)
        order = buyer.orders.first()
        wishlist = buyer.wishlists.first()
        page = site.page
        site.open(f"/{language}/shop/accounts/login/")
        page.fill("input[name=login-username]", buyer.email)
        page.fill("input[name=login-password]", BUYER_PASSWORD)
        submit(page, "form:has(input[name=login-password])")
        # The home page as the signed-in buyer sees it: the account pages' header is compared
        # with this one (the header offers "Your account" instead of "Sign in").
        site.open(f"/{language}/")
        self.record(site, language, SIGNED_IN_HOME)
        for page_type, path in ACCOUNT_PAGES.items():
            path = path.format(order=order.number, wishlist=wishlist.key)
            site.open(f"/{language}/shop/{path}")
            self.record(site, language, page_type)

    def run_all(self):
        for language in LANGUAGES:
            for viewport in ("desktop", "phone"):
                self.run(language, viewport)
        return self.visits
