"""Settings shared by every environment.

Nothing here depends on where the site runs: values that differ between a laptop, CI and
production come from the environment (see ``dev``, ``test`` and ``production``).
"""

from datetime import timedelta
from pathlib import Path

import environ
from csp.constants import NONE, SELF
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _
from oscar.defaults import *  # noqa: F403  (Oscar's settings, overridden below)

from .media import media_storage

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

env = environ.Env()

SECRET_KEY = env("SECRET_KEY", default=None)
DEBUG = False
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])

INSTALLED_APPS = [
    "tawiza.apps.TawizaConfig",
    "home",
    "artisans",
    "stories",
    # Oscar, with the apps we change forked into shop/ (see docs/oscar.md).
    "shop.config.ShopConfig",
    "oscar.apps.analytics.apps.AnalyticsConfig",
    "shop.checkout.apps.CheckoutConfig",
    "oscar.apps.address.apps.AddressConfig",
    "shop.shipping.apps.ShippingConfig",
    "shop.catalogue.apps.CatalogueConfig",
    "shop.catalogue.reviews.apps.CatalogueReviewsConfig",
    "oscar.apps.communication.apps.CommunicationConfig",
    "shop.partner.apps.PartnerConfig",
    "oscar.apps.basket.apps.BasketConfig",
    "oscar.apps.payment.apps.PaymentConfig",
    "oscar.apps.offer.apps.OfferConfig",
    "shop.order.apps.OrderConfig",
    "oscar.apps.customer.apps.CustomerConfig",
    "search.apps.SearchConfig",
    "oscar.apps.voucher.apps.VoucherConfig",
    "oscar.apps.wishlists.apps.WishlistsConfig",
    "shop.dashboard.apps.DashboardConfig",
    "oscar.apps.dashboard.reports.apps.ReportsDashboardConfig",
    "oscar.apps.dashboard.users.apps.UsersDashboardConfig",
    "shop.dashboard.orders.apps.OrdersDashboardConfig",
    "shop.fulfilment.apps.FulfilmentConfig",
    "shop.dashboard.catalogue.apps.CatalogueDashboardConfig",
    "oscar.apps.dashboard.offers.apps.OffersDashboardConfig",
    "oscar.apps.dashboard.partners.apps.PartnersDashboardConfig",
    "oscar.apps.dashboard.pages.apps.PagesDashboardConfig",
    "oscar.apps.dashboard.ranges.apps.RangesDashboardConfig",
    "oscar.apps.dashboard.reviews.apps.ReviewsDashboardConfig",
    "oscar.apps.dashboard.vouchers.apps.VouchersDashboardConfig",
    "oscar.apps.dashboard.communications.apps.CommunicationsDashboardConfig",
    "shop.dashboard.shipping.apps.ShippingDashboardConfig",
    "shop.payouts.apps.PayoutsConfig",
    "artisans.review.apps.MakerReviewDashboardConfig",
    "shop.questions.apps.QuestionsConfig",
    "widget_tweaks",
    "treebeard",
    "django_tables2",
    "sorl.thumbnail",
    # Wagtail
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "csp",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.flatpages",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First: a NUL in a URL never reaches a view (PostgreSQL refuses it; see the class).
    "tawiza.middleware.RejectControlCharactersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Cache-Control for browsers and CDNs, once every cookie is set (tawiza/page_cache.py).
    "tawiza.page_cache.CacheControlMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "tawiza.middleware.RememberLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "shop.dashboard.middleware.DashboardLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "shop.cookies.ShopCookieFlagsMiddleware",
    "oscar.apps.basket.middleware.BasketMiddleware",
    # Remembers the campaign of a share link (?c=CODE) for its attribution (docs/campaigns.md).
    "stories.attribution.CampaignAttributionMiddleware",
    # Anonymous visitors of public pages are answered from the cache (PAGE_CACHE_SECONDS);
    # inside the session, CSRF and language middleware, which still run on a hit.
    "tawiza.page_cache.PageCacheMiddleware",
    "django.contrib.flatpages.middleware.FlatpageFallbackMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "tawiza.middleware.ContentSecurityPolicyMiddleware",
    # Last, as django-axes asks: it turns a refused login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "tawiza.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # site/templates is the `tawiza` app's own folder, found by APP_DIRS ahead of Oscar's
        # (the app is listed first). Naming it in DIRS too made each override extending the
        # Oscar template of the same name extend itself once more, so `block.super` printed
        # its own block twice (the bank details, twice, on the thank-you page and email).
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "oscar.apps.search.context_processors.search_form",
                "oscar.apps.checkout.context_processors.checkout",
                "oscar.apps.communication.notifications.context_processors.notifications",
                "oscar.core.context_processors.metadata",
            ],
        },
    },
]

WSGI_APPLICATION = "tawiza.wsgi.application"

# Database: an embedded SQLite file unless DATABASE_URL names another (PostgreSQL in
# production and CI). Connections are reused and health-checked.
DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

# Local memory unless CACHE_URL names a shared cache: `redis://host:port/db` is Django's own
# RedisCache (django-environ picks it when django-redis is not installed; docs/deployment.md).
CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://tawiza")}
# Anonymous visitors of public pages are answered from that cache for this long; 0 turns the
# page cache off, and public pages are then sent `private, no-cache` (docs/performance.md).
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0)
# How long a browser keeps a public page itself (a CDN keeps it PAGE_CACHE_SECONDS), and how
# long a CDN may serve it stale while it fetches a fresh one.
PAGE_BROWSER_CACHE_SECONDS = env.int("PAGE_BROWSER_CACHE_SECONDS", default=60)
PAGE_STALE_WHILE_REVALIDATE_SECONDS = env.int("PAGE_STALE_WHILE_REVALIDATE_SECONDS", default=60)

AUTHENTICATION_BACKENDS = [
    # First: refuses any login while its username and address are locked out (docs/security.md).
    "tawiza.auth.LoginThrottleBackend",
    "tawiza.auth.DemoAwareEmailBackend",
    "tawiza.auth.DemoAwareModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "customer:login"
LOGIN_REDIRECT_URL = "/"

# Languages. French is the default and the source language of all content.
# Tachelhit (shi) is unknown to Django: it is declared here with its name in Tifinagh.
LANG_INFO["shi"] = {
    "bidi": False,
    "code": "shi",
    "name": "Tachelhit",
    "name_local": "ⵜⴰⵛⵍⵃⵉⵜ",
}
LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", _("French")),
    ("ar", _("Arabic")),
    ("shi", _("Tachelhit")),
    ("en", _("English")),
]
# Our interface strings first, then our translations of django-oscar's buyer-facing strings.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "oscar"]
# Date formats of the languages Django has none for (Tachelhit: site/formats/shi).
FORMAT_MODULE_PATH = ["tawiza.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Africa/Casablanca"

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_SITE_NAME = "Tawiza"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "wagtailimages.Image"
# Every pixel is decoded before an upload is accepted: a truncated JPEG is a form error.
WAGTAILIMAGES_IMAGE_FORM_BASE = "tawiza.image_forms.ImageForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILDOCS_EXTENSIONS = ["pdf", "csv", "txt", "xlsx", "docx", "odt"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Wagtail's database backend; on PostgreSQL with one text-search configuration per language
# (search/backends.py, docs/search.md).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends"}}
SEARCH_URL = env("SEARCH_URL", default="")
if SEARCH_URL:
    # A real search server (CI runs OpenSearch 3; see docs/search.md).
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": env("SEARCH_BACKEND", default="wagtail.search.backends.opensearch3"),
        "URLS": [SEARCH_URL],
        "INDEX_PREFIX": env("SEARCH_INDEX_PREFIX", default="tawiza_"),
        "TIMEOUT": env.int("SEARCH_TIMEOUT", default=5),
        "OPTIONS": {},
        # Per-language analysis: each language's fields name their analyzer
        # (search/indexing.py); Tachelhit's is declared here (docs/search.md).
        "INDEX_SETTINGS": {
            "settings": {
                "analysis": {
                    "analyzer": {
                        "tachelhit": {
                            "type": "custom",
                            "tokenizer": "standard",
                            "filter": ["lowercase"],
                        }
                    }
                }
            }
        },
    }

# Static and media files.
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "static")
# site/static is the `tawiza` app's own folder, found by the app finder: naming it in
# STATICFILES_DIRS too made collectstatic find each of its files twice.
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    # A folder, or an S3-compatible bucket (MEDIA_STORAGE=s3, site/settings/media.py).
    "default": media_storage(env),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024

# Background work: run at once by default; production runs django-tasks-db's worker.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
# Every email is queued as a task; the worker delivers it to EMAIL_URL's server and retries
# with a growing delay while that server is down (tawiza/mail, docs/emails.md).
EMAIL_BACKEND = "tawiza.mail.backend.QueuedEmailBackend"
EMAIL_DELIVERY = {
    "BACKEND": EMAIL_CONFIG["EMAIL_BACKEND"],
    "ATTEMPTS": env.int("EMAIL_DELIVERY_ATTEMPTS", default=8),
    "FIRST_RETRY_AFTER": 60,  # seconds; each later wait is BACKOFF times the one before
    "BACKOFF": 3,
}
# A mail server that accepts the connection and then hangs must not hold the worker forever.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=30)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Tawiza <bonjour@tawiza.ma>")

SITE_ID = 1

# Oscar
OSCAR_SHOP_NAME = "Tawiza"
OSCAR_SHOP_TAGLINE = _("Direct from Moroccan cooperatives")
OSCAR_DEFAULT_CURRENCY = "MAD"
# Amount first, then the currency in the language's own symbol ("1 234,50 MAD",
# "1,234.50 د.م."). Arabic uses Western digits, as Moroccan prices do (docs/languages.md).
OSCAR_CURRENCY_FORMAT = {"MAD": {"format": "#,##0.00\u00a0¤"}, "EUR": {"format": "#,##0.00\u00a0¤"}}
OSCAR_ALLOW_ANON_CHECKOUT = True
OSCAR_ALLOW_ANON_REVIEWS = False
# Reviews are public only once staff approve them in the dashboard; only buyers who received
# the product may write one (shop/catalogue/reviews, docs/payouts.md).
OSCAR_MODERATE_REVIEWS = True
OSCAR_FROM_EMAIL = DEFAULT_FROM_EMAIL
OSCAR_HOMEPAGE = "/"
OSCAR_THUMBNAILER = "oscar.core.thumbnails.SorlThumbnail"
OSCAR_MISSING_IMAGE_URL = MEDIA_URL + "image_not_found.jpg"
# Orders paid by bank transfer wait in "Awaiting payment" until staff mark them "Paid" in
# the dashboard; cash-on-delivery orders start "Pending" (see docs/shop.md). Cooperatives
# ship and deliver lines (OSCAR_LINE_STATUS_PIPELINE); the order follows its lines:
# "Being processed" once one is shipped, "Shipped" when all are, "Delivered" likewise
# (shop/order/processing.py, docs/fulfilment.md).
OSCAR_INITIAL_ORDER_STATUS = "Pending"
OSCAR_ORDER_STATUS_PIPELINE = {
    "Pending": ["Being processed", "Shipped", "Cancelled"],
    "Awaiting payment": ["Paid", "Cancelled"],
    "Paid": ["Being processed", "Shipped", "Cancelled"],
    "Being processed": ["Shipped", "Cancelled"],
    "Shipped": ["Delivered"],
    "Delivered": [],
    "Cancelled": [],
}
OSCAR_INITIAL_LINE_STATUS = "Pending"
# An artisan may first mark their line "Ready for pickup" (made, packed, waiting for the
# manager to collect it); the manager may also ship a line straight from "Pending".
OSCAR_LINE_STATUS_PIPELINE = {
    "Pending": ["Ready for pickup", "Shipped"],
    "Ready for pickup": ["Shipped"],
    "Shipped": ["Delivered"],
    "Delivered": [],
}
# Payouts: staff and cooperative managers (partner users) read what is owed (shop/payouts).
OSCAR_DASHBOARD_NAVIGATION = [
    *OSCAR_DASHBOARD_NAVIGATION,  # noqa: F405
    {"label": _("Payouts"), "icon": "fas fa-hand-holding-usd", "url_name": "payouts:payouts-index"},
    # Staff only (the view's permissions hide it from managers): shop/catalogue/approval.py.
    {
        "label": _("Products awaiting approval"),
        "icon": "fas fa-check-circle",
        "url_name": "dashboard:catalogue-product-approval-list",
    },
    # Staff and cooperative managers: what artisans sent from their phones (docs/self-service.md).
    {
        "label": _("Artisans' changes to check"),
        "icon": "fas fa-user-check",
        "url_name": "maker_review:review-list",
    },
    # Staff and cooperative managers: buyers' questions and custom pieces (docs/questions.md).
    {
        "label": _("Questions"),
        "icon": "fas fa-comments",
        "url_name": "questions_dashboard:questions-list",
    },
    # Staff and cooperative managers: docs/catalogue-import.md.
    {
        "label": _("Import products"),
        "icon": "fas fa-file-import",
        "url_name": "dashboard:catalogue-import",
    },
]
OSCAR_REQUIRED_ADDRESS_FIELDS = ("first_name", "last_name", "line1", "line4", "country")
# Signing out forgets what the buyer looked at. Oscar's default list names a cookie it no longer
# sets ("oscar_recently_viewed_products"), so its history cookie outlived the session.
OSCAR_COOKIES_DELETE_ON_LOGOUT = [OSCAR_RECENTLY_VIEWED_COOKIE_NAME]  # noqa: F405
THUMBNAIL_KVSTORE = "sorl.thumbnail.kvstores.cached_db_kvstore.KVStore"

# Search runs on Wagtail's backend (search/, docs/search.md). Haystack is not an installed app,
# so it indexes nothing and no view queries it; Oscar's class loader still imports Oscar's own
# search modules next to ours, and haystack's package needs this setting to be imported.
HAYSTACK_CONNECTIONS = {
    "default": {"ENGINE": "haystack.backends.simple_backend.SimpleEngine"},
}

# Cookies (docs/security.md): none is read by our scripts but the CSRF token, which Django's
# documentation leaves readable; every one stays on same-site requests. Production adds Secure.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = False
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
# No page is framed but Wagtail's previews, which set SAMEORIGIN on themselves.
X_FRAME_OPTIONS = "DENY"

# Login throttling with django-axes (docs/security.md): five wrong passwords for one username
# from one address lock that pair out for fifteen minutes; a success clears the count.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "tawiza.login_throttle.attempted_username"
AXES_CLIENT_IP_CALLABLE = "tawiza.login_throttle.client_ip_address"
AXES_LOCKOUT_CALLABLE = "tawiza.login_throttle.lockout_response"
# How many reverse proxies in front of the site append to X-Forwarded-For; 0 (the default)
# ignores the header, which any client can write.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)

# Content-Security-Policy (django-csp, docs/security.md). Public pages run scripts from our
# own static files only; the Wagtail admin and Oscar's dashboard get a laxer script-src
# (tawiza.middleware.ContentSecurityPolicyMiddleware), as their own templates write inline
# scripts. Styles may be inline: Oscar's and Wagtail's templates and widgets write style
# attributes, and a style cannot run code.
OPENSTREETMAP_TILES = "https://tile.openstreetmap.org"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", OPENSTREETMAP_TILES],
        "font-src": [SELF],
        "connect-src": [SELF],
        # Story videos (stories/blocks.py) are YouTube or Vimeo players.
        "frame-src": [
            SELF,
            "https://www.youtube.com",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        "object-src": [NONE],
        # Nothing frames a public page; Wagtail's preview panel frames admin pages, where the
        # back-office policy allows 'self'.
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
    },
}
CSP_LAX_SCRIPT_PATH_PREFIXES = ("/admin/", "/dashboard/")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"lost_race": {"()": "tawiza.log_filters.LostRaceIsNotAnError"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["lost_race"]}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"tawiza": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}
