from django.apps import apps
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.decorators.cache import cache_page
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from artisans import self_service_views as maker_views
from artisans import views as artisan_views
from stories import views as campaign_views
from tawiza import sitemaps, views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # The payouts report lives in Oscar's dashboard without forking its root app (docs/payouts.md).
    path("dashboard/payouts/", apps.get_app_config("payouts").urls),
    # Artisans' phone edits, checked by their cooperative's manager (docs/self-service.md).
    path("dashboard/makers/", apps.get_app_config("maker_review").urls),
    path("dashboard/questions/", apps.get_app_config("questions").urls),
    path("dashboard/", apps.get_app_config("dashboard").urls),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("sitemap.xml", cache_page(60 * 15)(sitemaps.index), name="sitemap"),
    path(
        "sitemap-<slug:section>.xml",
        cache_page(60 * 15)(sitemap),
        {"sitemaps": sitemaps.SECTIONS},
        name="sitemap-section",
    ),
    path("i18n/", include("django.conf.urls.i18n")),
    # A campaign's short share link, one for every language (docs/campaigns.md).
    path("c/<slug:code>/", campaign_views.short_link, name="campaign_short_link"),
    # A mentor's invitation, short enough for an SMS (docs/onboarding.md).
    path("i/<slug:code>/", artisan_views.short_link, name="invitation_short_link"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("shop/", include(apps.get_app_config("oscar").urls[0])),
    path("search/", apps.get_app_config("search").urls),
    path("makers/invite/", artisan_views.invite, name="invite_artisan"),
    path("makers/invite/<slug:code>/", artisan_views.invitation_sent, name="invitation_sent"),
    path("makers/join/welcome/", artisan_views.welcome, name="invitation_welcome"),
    path("makers/join/<slug:code>/", artisan_views.accept_invitation, name="invitation_accept"),
    # The artisan's own pages, from a phone (docs/self-service.md).
    path("makers/login/", maker_views.MakerLoginView.as_view(), name="maker_login"),
    path("makers/me/", maker_views.home, name="maker_home"),
    path("makers/me/profile/", maker_views.profile, name="maker_profile"),
    path("makers/me/products/", maker_views.products, name="maker_products"),
    path("makers/me/products/add/", maker_views.product_add, name="maker_product_add"),
    path("makers/me/products/<int:pk>/", maker_views.product_edit, name="maker_product_edit"),
    path("makers/me/orders/", include("shop.fulfilment.maker_urls")),  # docs/fulfilment.md
    # Ask the maker, custom pieces, the artisan's questions (docs/questions.md).
    path("", include("shop.questions.urls")),
    # Wagtail's catch-all comes last: every other path is a page.
    path("", include(wagtail_urls)),
)
