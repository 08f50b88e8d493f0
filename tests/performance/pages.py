"""Every page type a buyer meets, and the SQL queries one anonymous view of it costs.

Shared by the query-budget tests and by anyone looking for repeats: ``measure`` returns the
queries themselves, ``repeats`` the ones sent more than once.
"""

from collections import Counter

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from oscar.core.loading import get_model

from artisans.models import ArtisanPage, CooperativePage
from stories.models import CampaignPage, StoryPage

Product = get_model("catalogue", "Product")

CONTENT_PAGES = ("home", "cooperative", "artisan", "story", "campaign")
SHOP_PAGES = (
    "product",
    "category",
    "search",
    "basket",
    "checkout-email",
    "checkout-shipping-address",
    "checkout-shipping-method",
    "checkout-payment",
    "checkout-preview",
)
PAGE_TYPES = CONTENT_PAGES + SHOP_PAGES

ADDRESS = {
    "first_name": "Leïla",
    "last_name": "Benali",
    "line1": "12 rue des Orangers",
    "line4": "Casablanca",
    "postcode": "20250",
    "country": "MA",
    "phone_number": "+212612345678",
}


def _first(model, language, **filters):
    return model.objects.live().filter(locale__language_code=language, **filters).order_by("pk")


def page_paths(language="fr", bench=True) -> dict[str, str]:
    """The address of one page of each content and catalogue type (the benchmark's, if any)."""
    prefix = {"cooperative": "banc-cooperative-", "artisan": "banc-artisan-"}
    prefix["story"] = "banc-histoire-"
    paths = {"home": f"/{language}/"}
    for name, model in (
        ("cooperative", CooperativePage),
        ("artisan", ArtisanPage),
        ("story", StoryPage),
    ):
        pages = _first(model, language)
        chosen = pages.filter(slug__startswith=prefix[name]).first() if bench else None
        paths[name] = (chosen or pages.first()).url
    paths["campaign"] = _first(CampaignPage, language).first().url
    product = product_for_sale(bench)
    with translation.override(language):
        paths["product"] = product.get_absolute_url()
        paths["category"] = product.categories.order_by("pk").first().get_absolute_url()
    paths["search"] = f"/{language}/search/?q=tapis"
    return paths


def product_for_sale(bench=True):
    products = Product.objects.filter(is_public=True, stockrecords__num_in_stock__gt=5)
    if bench:
        products = products.filter(upc__startswith="BANC-") or products
    return products.order_by("pk").first()


def _count(client, method, path, data=None):
    # The log keeps the last 9,000 statements: once full, a capture would see none.
    connection.queries_log.clear()
    with CaptureQueriesContext(connection) as queries:
        response = getattr(client, method)(path, data) if data else getattr(client, method)(path)
    assert response.status_code in (200, 302), (path, response.status_code)
    return list(queries)


def measure(language="fr", bench=True) -> dict[str, list[dict]]:
    """{page type: the queries of its second anonymous view}.

    The first view warms what production keeps warm (renditions, thumbnails, caches);
    checkout steps are walked by a guest with one product in the basket.
    """
    paths = page_paths(language, bench)
    client = Client()
    measured = {}
    for name in ("home", "cooperative", "artisan", "story", "campaign", "product", "category"):
        _count(client, "get", paths[name])
        measured[name] = _count(client, "get", paths[name])
    _count(client, "get", paths["search"])
    measured["search"] = _count(client, "get", paths["search"])

    shop = f"/{language}/shop/"
    product = product_for_sale(bench)
    response = client.post(f"{shop}basket/add/{product.pk}/", {"quantity": 1})
    assert response.status_code == 302
    _count(client, "get", f"{shop}basket/")
    measured["basket"] = _count(client, "get", f"{shop}basket/")
    _count(client, "get", f"{shop}checkout/")
    measured["checkout-email"] = _count(client, "get", f"{shop}checkout/")
    client.post(f"{shop}checkout/", {"username": "leila@example.com", "options": "anonymous"})
    _count(client, "get", f"{shop}checkout/shipping-address/")
    measured["checkout-shipping-address"] = _count(
        client, "get", f"{shop}checkout/shipping-address/"
    )
    client.post(f"{shop}checkout/shipping-address/", ADDRESS)
    _count(client, "get", f"{shop}checkout/shipping-method/")
    measured["checkout-shipping-method"] = _count(client, "get", f"{shop}checkout/shipping-method/")
    _count(client, "get", f"{shop}checkout/payment-method/")
    measured["checkout-payment"] = _count(client, "get", f"{shop}checkout/payment-method/")
    response = client.post(f"{shop}checkout/payment-method/", {"method": "cash-on-delivery"})
    assert response.status_code == 302
    assert response["Location"].endswith("/checkout/preview/"), response["Location"]
    _count(client, "get", f"{shop}checkout/preview/")
    measured["checkout-preview"] = _count(client, "get", f"{shop}checkout/preview/")
    return measured


def repeats(queries: list[dict]) -> list[tuple[int, str]]:
    """The statements sent more than once, most repeated first."""
    counts = Counter(query["sql"] for query in queries)
    return [(count, sql) for sql, count in counts.most_common() if count > 1]
