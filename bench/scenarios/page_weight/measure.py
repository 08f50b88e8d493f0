"""First-load bytes of each page type on a 360×640 phone, by resource type, in Chromium.

Shared by the bench scenario (production settings, compressed static files) and
tests/browser/test_page_weight.py (the test server, uncompressed: a stricter figure). Each
page is opened in a new browser context, so nothing comes from the cache; what the page loads
by itself until the network is idle is counted (images below the fold that load lazily are
not, which is the point of loading them lazily). Bytes are what crossed the wire: the body as
sent (compressed when the server compresses) plus the response headers.
"""

KB = 1000
PHONE = {"width": 360, "height": 640}
# Issue 13's budgets, French pages at 360 px.
SHOP_BUDGET = 150 * KB
EDITORIAL_BUDGET = 100 * KB
EDITORIAL_PAGES = ("home", "cooperative", "artisan", "story", "campaign")
SHOP_PAGES = ("catalogue", "category", "product")
BUDGETS = {
    **dict.fromkeys(EDITORIAL_PAGES, EDITORIAL_BUDGET),
    **dict.fromkeys(SHOP_PAGES, SHOP_BUDGET),
}
# The demo's page of each type (paths under /<language>/); category and product are found
# in the database (``shop_paths``).
CONTENT_PATHS = {
    "home": "",
    "cooperative": "cooperatives/tissage-ait-bouguemez/",
    "artisan": "cooperatives/tissage-ait-bouguemez/itto-ait-ouahmane/",
    "story": "histoires/la-pierre-et-l-amande/",
    "campaign": "campagnes/un-pressoir-pour-taytmatine/",
    "catalogue": "shop/",
}
SHOP_PRODUCT = "TWZ-ARG-001"
RESOURCE_TYPES = ("html", "css", "fonts", "js", "images", "other")
EXTENSIONS = {
    ".css": "css",
    ".woff2": "fonts",
    ".woff": "fonts",
    ".ttf": "fonts",
    ".js": "js",
    **dict.fromkeys((".jpg", ".jpeg", ".png", ".webp", ".avif", ".gif", ".svg", ".ico"), "images"),
}
# Every file of the first load, from the browser's Resource Timing: transferSize is the
# response's headers plus its body as sent (0 for a file served from the cache).
TRANSFERS = """() => [
    ...performance.getEntriesByType('navigation').map(e => ({
        url: e.name, initiator: 'navigation', bytes: e.transferSize})),
    ...performance.getEntriesByType('resource').map(e => ({
        url: e.name, initiator: e.initiatorType, bytes: e.transferSize})),
]"""
# Cumulative layout shift so far (the fonts' swap is the usual cause on /shi/).
LAYOUT_SHIFT = """() => new Promise(resolve => {
    let total = 0;
    new PerformanceObserver(list => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
    }).observe({type: 'layout-shift', buffered: true});
    setTimeout(() => resolve(total), 500);
})"""


def shop_paths(language="fr"):
    """The demo's category and product paths in ``language`` (inside Django)."""
    from django.utils import translation
    from oscar.core.loading import get_model

    Category = get_model("catalogue", "Category")
    Product = get_model("catalogue", "Product")
    with translation.override(language):
        product = Product.objects.get(upc=SHOP_PRODUCT)
        category = Category.objects.filter(product=product).first()
        return {"category": category.get_absolute_url(), "product": product.get_absolute_url()}


def page_paths(language, shop):
    paths = {name: f"/{language}/{path}" for name, path in CONTENT_PATHS.items()}
    return {**paths, **shop}


def resource_type(url, initiator):
    if initiator == "navigation":
        return "html"
    path = url.split("?", 1)[0].lower()
    extension = path[path.rfind(".") :] if "." in path.rsplit("/", 1)[-1] else ""
    if extension in EXTENSIONS:
        return EXTENSIONS[extension]
    # Renditions and thumbnails served by a view, without an extension.
    return "images" if initiator == "img" else "other"


def measure_page(browser, base_url, path, route=None):
    """{"url", "status", "total", "by_type": {html, css, …}, "files", "cls"}."""
    context = browser.new_context(base_url=base_url, viewport=PHONE, service_workers="block")
    if route is not None:
        context.route("**/*", route)
    page = context.new_page()
    try:
        response = page.goto(path, wait_until="networkidle")
        cls = page.evaluate(LAYOUT_SHIFT)
        transfers = page.evaluate(TRANSFERS)
    finally:
        context.close()
    files = [
        {
            "url": item["url"].removeprefix(base_url),
            "type": resource_type(item["url"], item["initiator"]),
            "bytes": item["bytes"],
        }
        for item in transfers
    ]
    by_type = dict.fromkeys(RESOURCE_TYPES, 0)
    for item in files:
        by_type[item["type"]] += item["bytes"]
    return {
        "url": path,
        "status": response.status if response else None,
        "total": sum(by_type.values()),
        "by_type": by_type,
        "files": sorted(files, key=lambda item: -item["bytes"]),
        "cls": round(cls, 3),
    }


def over_budget(name, measured):
    budget = BUDGETS.get(name)
    return budget is not None and measured["total"] > budget


def markdown(results):
    """A table: page type, total, per resource type, budget, layout shift."""
    kinds = RESOURCE_TYPES
    lines = [
        "| page | total KB | " + " | ".join(kinds) + " | budget KB | CLS |",
        "| --- | ---: | " + " | ".join("---:" for _ in kinds) + " | ---: | ---: |",
    ]
    for key, measured in results.items():
        budget = BUDGETS.get(key.split(" ")[-1])
        verdict = ""
        if budget is not None:
            verdict = f"{budget / KB:.0f} {'**over**' if measured['total'] > budget else 'ok'}"
        cells = " | ".join(f"{measured['by_type'][kind] / KB:.1f}" for kind in kinds)
        lines.append(
            f"| {key} | {measured['total'] / KB:.1f} | {cells} | {verdict} | {measured['cls']} |"
        )
    return "\n".join(lines)
