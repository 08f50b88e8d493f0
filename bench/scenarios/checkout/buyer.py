"""One virtual guest buyer: the whole checkout, as a browser walks it, timed step by step.

The buyer reads each page's real forms (CSRF token, hidden fields, the address form's
fields, the payment choices) and follows the real redirects, one request at a time, so each
request is timed and checked. A journey ends in one of three ways:

- an order (the thank-you page, with the order number read from its status link);
- a clean refusal: the piece is sold out (no "add to basket" form on its page, or the site
  sends the buyer back with a notice saying so). Losing the race is not an error;
- an error: a 5xx, a connection error or time-out, or any answer a buyer should never get
  (a 4xx, a missing form, a redirect elsewhere, a refusal without a notice).

The site runs behind a TLS-terminating proxy in production; the harness plays that proxy:
it sends ``X-Forwarded-Proto: https`` and the ``Origin``/``Referer`` a browser would, and
sends the site's Secure cookies over the loopback connection.
"""

import re
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import requests

from bench.forms import read_page

ORDER_STATUS_LINK = re.compile(r"/order-status/([^/\"]+)/")
CHECKOUT_LINK = re.compile(r"href=\"([^\"]*/checkout/)\"")
REFUSAL_KINDS = {"error", "warning"}
REQUEST_TIMEOUT = (10, 60)  # seconds: connect, read


class JourneyError(Exception):
    def __init__(self, step, reason, status=None, path=None, excerpt=""):
        super().__init__(f"{step}: {reason}")
        self.step, self.reason, self.status, self.path, self.excerpt = (
            step,
            reason,
            status,
            path,
            excerpt,
        )


class SoldOut(Exception):  # noqa: N818 (an outcome, not a failure)
    def __init__(self, step, upc, notice):
        super().__init__(f"{upc} sold out at {step}")
        self.step, self.upc, self.notice = step, upc, notice


@dataclass
class Outcome:
    kind: str  # "order", "sold-out" or "error"
    language: str
    lines: list  # [(upc, quantity)] the buyer put in the basket
    email: str
    order_number: str | None = None
    step: str | None = None
    detail: dict = field(default_factory=dict)


class Buyer:
    def __init__(self, base_url, language, email, record):
        self.base_url = base_url
        self.language = language
        self.email = email
        self.record = record  # record(step, status or None, seconds)
        self.session = requests.Session()
        self.session.headers.update(
            {
                "X-Forwarded-Proto": "https",
                "Accept-Language": language,
                "User-Agent": "tawiza-bench/1 (virtual buyer)",
            }
        )
        self.origin = "https://" + urlsplit(base_url).netloc
        self.page_url = None  # the page the buyer is on, as the browser's address bar shows it

    # HTTP -----------------------------------------------------------------------------

    def request(self, step, method, path, data=None):
        path = self.local_path(path)
        # The cookie jar keeps the site's cookies but sends Secure ones over https only: the
        # harness stands for the TLS proxy, so it sends them all itself.
        headers = {"Cookie": "; ".join(f"{c.name}={c.value}" for c in self.session.cookies)}
        if self.page_url:
            headers["Referer"] = self.page_url
        if method == "POST":
            headers["Origin"] = self.origin
        started = time.perf_counter()
        try:
            response = self.session.request(
                method,
                self.base_url + path,
                data=data,
                headers=headers,
                allow_redirects=False,
                timeout=REQUEST_TIMEOUT,
            )
        except requests.Timeout as error:
            self.record(step, None, time.perf_counter() - started)
            raise JourneyError(step, f"time-out ({type(error).__name__})", path=path) from error
        except requests.RequestException as error:
            self.record(step, None, time.perf_counter() - started)
            raise JourneyError(
                step, f"connection error ({type(error).__name__})", path=path
            ) from error
        self.record(step, response.status_code, time.perf_counter() - started)
        if response.status_code not in (200, 301, 302, 303):
            raise JourneyError(
                step, "unexpected status", response.status_code, path, response.text[:300]
            )
        if response.status_code == 200:
            self.page_url = self.origin + path
        return response

    def local_path(self, url):
        """The path (and query) of a URL the site gave, relative or absolute."""
        parts = urlsplit(urljoin(self.page_url or self.origin + "/", url))
        return parts.path + (f"?{parts.query}" if parts.query else "")

    def get(self, step, path):
        return self.follow(step, self.request(step, "GET", path))

    def post(self, step, path, data):
        return self.follow(step, self.request(step, "POST", path, data))

    def follow(self, step, response, limit=5):
        """Follow redirects as a browser does (each one timed as ``step →``)."""
        for _ in range(limit):
            if response.status_code not in (301, 302, 303):
                return response
            response = self.request(f"{step} →", "GET", response.headers["Location"])
        raise JourneyError(step, "too many redirects", response.status_code)

    # The journey ----------------------------------------------------------------------

    def shop(self, products):
        """Buy ``products`` ([(shelf item, quantity)]); the first may be a scarce piece."""
        lines = [(item["upc"], quantity) for item, quantity in products]
        try:
            for item, quantity in products:
                self.add_to_basket(item, quantity)
            number = self.check_out(lines)
        except SoldOut as refusal:
            return Outcome(
                "sold-out",
                self.language,
                lines,
                self.email,
                step=refusal.step,
                detail={"upc": refusal.upc, "notice": refusal.notice},
            )
        except JourneyError as error:
            return Outcome(
                "error",
                self.language,
                lines,
                self.email,
                step=error.step,
                detail={
                    "reason": error.reason,
                    "status": error.status,
                    "path": error.path,
                    "excerpt": error.excerpt,
                },
            )
        return Outcome("order", self.language, lines, self.email, order_number=number)

    def add_to_basket(self, item, quantity):
        response = self.get("product page", item["paths"][self.language])
        page = read_page(response.text)
        form = page.form(action_contains="/basket/add/")
        if form is None:
            # The page shows the piece as unavailable: there is nothing to add.
            raise SoldOut("product page", item["upc"], "no add-to-basket form")
        response = self.post("add to basket", form.action, form.data(quantity=str(quantity)))
        self.refused_if_noticed("add to basket", item["upc"], response)

    def refused_if_noticed(self, step, upc, response):
        notices = [text for kind, text in read_page(response.text).notices if kind in REFUSAL_KINDS]
        if notices:
            raise SoldOut(step, upc, notices[0])

    def check_out(self, lines):
        basket = self.get("basket", f"/{self.language}/shop/basket/")
        link = CHECKOUT_LINK.search(basket.text)
        if link is None:
            raise self.unexpected("basket", basket, "no link to the checkout")

        gateway = self.checkout_page("checkout", link.group(1), lines)
        form = self.form_on(gateway, "checkout", field="username")
        address = self.checkout_post(
            "guest email",
            form.action or gateway.url,
            form.data(username=self.email, options="anonymous"),
            lines,
        )

        form = self.form_on(address, "shipping address", field="line1")
        if "MA" not in form.choices.get("country", [form.fields.get("country")]):
            raise self.unexpected("shipping address", address, "Morocco is not offered")
        payment = self.checkout_post(
            "shipping address",
            form.action or address.url,
            form.data(
                first_name="Leïla",
                last_name="Benali",
                line1="12 rue des Orangers",
                line4="Casablanca",
                postcode="20250",
                country="MA",
                phone_number="+212612345678",
            ),
            lines,
        )

        form = self.form_on(payment, "payment method", field="method")
        preview = self.checkout_post(
            "payment method",
            form.action or payment.url,
            form.data(method="cash-on-delivery"),
            lines,
        )

        form = self.form_on(preview, "preview", field="action")
        thank_you = self.checkout_post(
            "place order", form.action or preview.url, form.data(action="place_order"), lines
        )
        number = ORDER_STATUS_LINK.search(thank_you.text)
        if not thank_you.url.rstrip("/").endswith("/thank-you") or number is None:
            raise self.unexpected("thank-you", thank_you, "no thank-you page with an order")
        return number.group(1)

    def checkout_page(self, step, path, lines):
        return self.in_checkout(step, self.get(step, path), lines)

    def checkout_post(self, step, path, data, lines):
        return self.in_checkout(step, self.post(step, path, data), lines)

    def in_checkout(self, step, response, lines):
        """A checkout answer; sent back to the basket (or kept on the preview with an error)
        means a piece sold out meanwhile, which the site must say."""
        path = urlsplit(response.url).path
        if path.endswith("/basket/") or (step == "place order" and path.endswith("/preview/")):
            notices = [
                text for kind, text in read_page(response.text).notices if kind in REFUSAL_KINDS
            ]
            if not notices:
                raise self.unexpected(step, response, "sent back without a notice")
            raise SoldOut(step, lines[0][0], notices[0])
        return response

    def form_on(self, response, step, field):
        page = read_page(response.text)
        for form in page.forms:
            if form.method == "post" and (field in form.fields or field in form.choices):
                return form
        raise self.unexpected(step, response, f"no form with a {field!r} field")

    def unexpected(self, step, response, reason):
        return JourneyError(
            step, reason, response.status_code, self.local_path(response.url), response.text[:300]
        )
