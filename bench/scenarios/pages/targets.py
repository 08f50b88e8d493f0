"""The page benchmarks' targets, found and measured inside Django before the load:
``python -m bench.scenarios.pages.targets OUT.json``.

For each page type (French, the source language): its path; the SQL queries one request
costs, page cache off and (when the site has one) on, counted with Django's test client
against the bench's database after a first request warmed the process; the bytes of its HTML.
The same HTML is saved under ``STATIC_ROOT/bench-ceiling/`` for the static-file ceiling: saved
before gunicorn starts, so WhiteNoise, which lists STATIC_ROOT when it starts, serves it.

The basket and the checkout's first step need a basket: one is filled here (one everyday
product) and its cookie given to the load generator.
"""

import json
import sys

LANGUAGE = "fr"
CEILING_FOLDER = "bench-ceiling"
# Words a buyer types, cycled through by the search benchmark (French, the source language).
SEARCH_WORDS = ("tapis", "argan", "huile", "poterie", "bijoux", "laine", "cuivre", "savon")
HEADERS = {"HTTP_X_FORWARDED_PROTO": "https", "HTTP_HOST": "127.0.0.1"}


def page_paths():
    """{page type: path}: the demo's pages of each type, the fullest category."""
    from django.db.models import Count
    from django.utils import translation
    from oscar.core.loading import get_model

    from bench.scenarios.page_weight.measure import CONTENT_PATHS, SHOP_PRODUCT

    Category = get_model("catalogue", "Category")
    Product = get_model("catalogue", "Product")
    with translation.override(LANGUAGE):
        product = Product.objects.get(upc=SHOP_PRODUCT)
        # The category listing that lists the most products (paging, facets at scale).
        category = (
            Category.objects.annotate(products=Count("product")).order_by("-products").first()
        )
        paths = {
            name: f"/{LANGUAGE}/{CONTENT_PATHS[name]}"
            for name in ("home", "cooperative", "artisan", "story", "campaign")
        }
        paths["product"] = product.get_absolute_url()
        paths["category"] = category.get_absolute_url()
    paths["search"] = search_paths()[0]
    paths["basket"] = f"/{LANGUAGE}/shop/basket/"
    paths["checkout"] = f"/{LANGUAGE}/shop/checkout/"
    return paths


def search_paths():
    from urllib.parse import quote

    return [f"/{LANGUAGE}/search/?q={quote(word)}" for word in SEARCH_WORDS]


def fill_basket(client):
    """Put one everyday product in the client's basket; the Cookie header that carries it."""
    from oscar.core.loading import get_model

    from bench.scenarios.page_weight.measure import SHOP_PRODUCT

    Product = get_model("catalogue", "Product")
    product = Product.objects.get(upc=SHOP_PRODUCT)
    response = client.post(
        f"/{LANGUAGE}/shop/basket/add/{product.pk}/", {"quantity": 1}, secure=True, **HEADERS
    )
    if response.status_code not in (200, 302):
        raise RuntimeError(f"adding to the basket answered {response.status_code}")
    return "; ".join(f"{name}={morsel.value}" for name, morsel in client.cookies.items())


def measure(client, path, cookie=None):
    """(status, queries, bytes, body) of one request, after a first one warmed things up."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    extra = dict(HEADERS)
    if cookie:
        extra["HTTP_COOKIE"] = cookie
    client.get(path, secure=True, **extra)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, secure=True, **extra)
    body = response.content
    return response.status_code, len(queries), len(body), body


def main(out_path):
    import django

    django.setup()
    from pathlib import Path

    from django.conf import settings
    from django.test import Client, override_settings

    paths = page_paths()
    cookie = fill_basket(Client())
    needs_basket = {"basket", "checkout"}
    has_page_cache = hasattr(settings, "PAGE_CACHE_SECONDS")
    ceiling_dir = Path(settings.STATIC_ROOT) / CEILING_FOLDER
    ceiling_dir.mkdir(parents=True, exist_ok=True)
    pages = {}
    for name, path in paths.items():
        page_cookie = cookie if name in needs_basket else None
        # A fresh client each time: an anonymous first visit, no session.
        with override_settings(PAGE_CACHE_SECONDS=0):
            status, queries, size, body = measure(Client(), path, page_cookie)
        with override_settings(PAGE_CACHE_SECONDS=300):
            _, cached_queries, _, _ = measure(Client(), path, page_cookie)
        (ceiling_dir / f"{name}.html").write_bytes(body)
        pages[name] = {
            "path": path,
            "status": status,
            "queries": queries,
            "queries_cached": cached_queries if has_page_cache else None,
            "html_bytes": size,
            "ceiling_path": f"{settings.STATIC_URL}{CEILING_FOLDER}/{name}.html",
            "cookie": page_cookie,
        }
    result = {
        "language": LANGUAGE,
        "page_cache_setting": has_page_cache,
        "pages": pages,
        "search_paths": search_paths(),
    }
    with open(out_path, "w") as out:
        json.dump(result, out, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
