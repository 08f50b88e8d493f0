"""The anonymous page cache and the Cache-Control policy (docs/performance.md, "Caching").

A thin policy layer over Django's cache framework:

* ``PageCacheMiddleware`` keeps the HTML of public pages (Wagtail pages, the catalogue,
  categories, products and search results) for ``PAGE_CACHE_SECONDS`` and answers anonymous
  GET/HEAD requests from it. It sits inside the session, language, CSRF and campaign
  middleware, so on a hit they still do their per-visitor work (the visitor's own CSRF and
  language cookies, a campaign link's cookie).
* A page holding a form holds a CSRF token: the stored copy has a placeholder in its place,
  filled with the current visitor's own token on every hit (``get_token``), so no visitor is
  ever served another's token. A page whose HTML holds a token anywhere else is not stored.
* ``CacheControlMiddleware``, near the top, writes the headers a CDN reads: ``public`` for a
  cacheable page that is the same for every visitor (no cookie set, no token in it),
  ``private, no-cache`` for other pages, ``private, no-store`` for the basket, checkout,
  accounts, back offices and anything a signed-in user reads.
* Invalidation: every key carries a generation number; publishing, moving or deleting a page,
  and any change to a product, its stock, price, images, categories or texts (or an order,
  which moves stock and campaign figures) starts a new generation. Old entries are never read
  again and expire by themselves.
"""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.middleware.csrf import _unmask_cipher_token, get_token
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import get_language_from_path

GENERATION_KEY = "tawiza:page-cache:generation"
KEY_PREFIX = "tawiza:page"

# Views whose GET answer is the same for every anonymous visitor of a URL.
CACHEABLE_VIEWS = {
    "wagtail_serve",
    "catalogue:index",
    "catalogue:category",
    "catalogue:detail",
    "search:search",
}
# Paths whose answers are nobody else's business: never kept by anyone (after the language).
PRIVATE_PATH_PREFIXES = ("shop/basket/", "shop/checkout/", "shop/accounts/", "shop/wishlists/")
PRIVATE_ROOT_PREFIXES = ("/admin/", "/dashboard/", "/i18n/")

# Django's {% csrf_token %} output; the token is 64 letters and digits.
CSRF_INPUT = re.compile(r'(name="csrfmiddlewaretoken" value=")([A-Za-z0-9]{64})(")')
ANY_TOKEN = re.compile(rb"(?<![A-Za-z0-9])[A-Za-z0-9]{64}(?![A-Za-z0-9])")
CSRF_PLACEHOLDER = "__tawiza_csrf_token__"
# Headers of the view's answer kept with the page (cookies and per-request headers are not).
KEPT_HEADERS = ("Content-Type", "Content-Language", "Link", "X-Robots-Tag")


def cache_seconds():
    return int(getattr(settings, "PAGE_CACHE_SECONDS", 0) or 0)


def bypass_cookies():
    """Cookies that make a page someone's own: a session (signed in, a restricted page's
    password, a message kept in it), a basket, or a message waiting to be shown."""
    return {
        settings.SESSION_COOKIE_NAME,
        settings.OSCAR_BASKET_COOKIE_OPEN,
        getattr(settings, "MESSAGE_COOKIE_NAME", "messages"),
    }


# Generations ---------------------------------------------------------------------------------


def generation() -> int:
    return cache.get_or_set(GENERATION_KEY, 1, timeout=None)


def _bump():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # evicted or never set: any new value starts a new generation
        cache.set(GENERATION_KEY, int(timezone.now().timestamp() * 1000), timeout=None)


def invalidate(**kwargs):
    """Forget every cached page: now, and again once the current transaction commits.

    The second bump closes the race where a request reads the rows before the change is
    committed and stores the old page under the new generation. A transaction saving many
    products queues one bump for its commit, not one per row.
    """
    _bump()
    connection = transaction.get_connection()
    if not any(callback is _bump for _sids, callback, _robust in connection.run_on_commit):
        transaction.on_commit(_bump)


# Which requests ------------------------------------------------------------------------------


def _language_path(request):
    """The path after its language prefix, or None for a path without one."""
    path = request.path_info
    language = get_language_from_path(path)
    if not language:
        return None
    return path[len(language) + 2 :]


def is_private_path(request) -> bool:
    if request.path_info.startswith(PRIVATE_ROOT_PREFIXES):
        return True
    rest = _language_path(request)
    return rest is not None and rest.startswith(PRIVATE_PATH_PREFIXES)


def is_cacheable_request(request) -> bool:
    """A GET or HEAD for a public view, from a visitor whose cookies change nothing in it."""
    if request.method not in ("GET", "HEAD"):
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    if bypass_cookies() & request.COOKIES.keys():
        return False
    if _language_path(request) is None or is_private_path(request):
        return False
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return False
    return match.view_name in CACHEABLE_VIEWS


def cache_key(request, generation_number) -> str:
    url = request.build_absolute_uri()
    digest = hashlib.sha256(url.encode()).hexdigest()
    return f"{KEY_PREFIX}:{generation_number}:{digest}"


# The stored copy -----------------------------------------------------------------------------


def storable_copy(request, response):
    """What to keep of ``response`` (a dict), or None when it must not be kept."""
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return None
    if not response.get("Content-Type", "").startswith("text/html"):
        return None
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return None
    # The visitor's product history cookie is the only one a public page may set: no page
    # shows that history (docs/performance.md), and it is not kept with the page.
    history = settings.OSCAR_RECENTLY_VIEWED_COOKIE_NAME
    if any(name != history for name in response.cookies):
        return None
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return None
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return None
    varies = {value.strip().lower() for value in response.get("Vary", "").split(",") if value}
    if varies - {"cookie", "accept-language", "accept-encoding"}:
        return None
    content = response.content.decode(response.charset)
    content, tokens = CSRF_INPUT.subn(rf"\g<1>{CSRF_PLACEHOLDER}\g<3>", content)
    if _leaks_csrf_secret(request, content.encode(response.charset)):
        return None
    return {
        "content": content,
        "charset": response.charset,
        "has_form_token": bool(tokens),
        "headers": {name: response[name] for name in KEPT_HEADERS if name in response},
    }


def _leaks_csrf_secret(request, content: bytes) -> bool:
    """True when the page still holds a token of this visitor outside a form's hidden input."""
    secret = request.META.get("CSRF_COOKIE")
    if not secret:
        return False
    candidates = ANY_TOKEN.findall(content)
    return any(_unmask_cipher_token(candidate.decode()) == secret for candidate in candidates)


def response_from_copy(request, copy):
    content = copy["content"]
    if copy["has_form_token"]:
        content = content.replace(CSRF_PLACEHOLDER, get_token(request))
    response = HttpResponse(content.encode(copy["charset"]))
    for name, value in copy["headers"].items():
        response[name] = value
    if request.method == "HEAD":
        response.content = b""
    return response


class PageCacheMiddleware:
    """Answers anonymous visitors of public pages from the cache (``PAGE_CACHE_SECONDS``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = cache_seconds()
        if seconds <= 0 or not is_cacheable_request(request):
            return self.get_response(request)
        request.page_cacheable = True
        # The generation read now names the entry, so a page rendered from rows changed
        # meanwhile is stored under a generation nobody reads any more.
        key = cache_key(request, generation())
        copy = cache.get(key)
        if copy is not None:
            request.page_cache_hit = True
            response = response_from_copy(request, copy)
            response["X-Page-Cache"] = "hit"
            request.page_has_form_token = copy["has_form_token"]
            return response
        response = self.get_response(request)
        copy = storable_copy(request, response)
        if copy is not None:
            cache.set(key, copy, seconds)
            request.page_has_form_token = copy["has_form_token"]
            response["X-Page-Cache"] = "miss"
        else:
            request.page_cacheable = False
        return response


class CacheControlMiddleware:
    """Cache-Control for browsers and CDNs on every answer that does not set its own."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_private_path(request) or _signed_in(request):
            patch_cache_control(response, private=True, no_store=True)
            return response
        if "Cache-Control" in response:
            return response
        seconds = cache_seconds()
        same_for_everyone = (
            getattr(request, "page_cacheable", False)
            and not getattr(request, "page_has_form_token", False)
            and not response.cookies
        )
        if seconds > 0 and same_for_everyone:
            patch_cache_control(
                response,
                public=True,
                max_age=min(seconds, settings.PAGE_BROWSER_CACHE_SECONDS),
                s_maxage=seconds,
                stale_while_revalidate=settings.PAGE_STALE_WHILE_REVALIDATE_SECONDS,
            )
            # A signed-in visitor's cookies make another page: a CDN keys on them.
            patch_vary_headers(response, ("Cookie",))
        else:
            patch_cache_control(response, private=True, no_cache=True)
        return response


def _signed_in(request) -> bool:
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated


# Signals -------------------------------------------------------------------------------------


# Models shown on public pages: a save or delete of any of them starts a new generation. Pages
# have their own signals (a draft saved is not shown until it is published).
WATCHED_MODELS = {
    "catalogue.product",
    "catalogue.productimage",
    "catalogue.category",
    "catalogue.productcategory",
    "catalogue.productattributevalue",
    "catalogue.producttext",
    "catalogue.categorytext",
    "partner.stockrecord",
    "partner.partner",
    "reviews.productreview",
    "wagtailimages.image",
    "tawiza.sitefooter",
    "artisans.craft",
    "artisans.region",
    "stories.diasporaassociation",
    "checkout.shopsettings",
}


def connect_signals():
    """Every change that shows on a public page starts a new generation."""
    from django.db.models.signals import post_delete, post_save
    from oscar.apps.order.signals import order_placed, order_status_changed
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(invalidate, dispatch_uid="page-cache-published")
    page_unpublished.connect(invalidate, dispatch_uid="page-cache-unpublished")
    post_page_move.connect(invalidate, dispatch_uid="page-cache-moved")
    # An order allocates stock and moves the campaigns' figures.
    order_placed.connect(invalidate, dispatch_uid="page-cache-order-placed")
    order_status_changed.connect(invalidate, dispatch_uid="page-cache-order-status")
    post_save.connect(_on_model_saved, dispatch_uid="page-cache-model-saved")
    post_delete.connect(_on_model_deleted, dispatch_uid="page-cache-model-deleted")


def _on_model_saved(sender, raw=False, **kwargs):
    if not raw and sender._meta.label_lower in WATCHED_MODELS:
        invalidate()


def _on_model_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if sender._meta.label_lower in WATCHED_MODELS or isinstance(instance, Page):
        invalidate()
