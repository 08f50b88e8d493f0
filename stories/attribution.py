"""Which campaign brought an order: its share link, remembered a while, or its voucher.

A visit through a campaign's share link (any page with ``?c=CODE``, or the short link
``/c/CODE/``) leaves a first-party cookie holding only the campaign's share code, for
``ATTRIBUTION_DAYS`` days. It says nothing about the visitor and is read by no one else, so
it needs no consent banner (docs/campaigns.md). It lives beside the session, not in it:
signing in (which renews the session and merges the baskets) and switching language (another
URL prefix, same cookie path) leave it alone. When the order is placed, its voucher names the
campaign first (the buyer typed it), else the cookie does.
"""

from django.conf import settings
from django.utils import timezone
from oscar.core.loading import get_model

from .progress import invalidate

COOKIE_NAME = "tawiza_campaign"
QUERY_PARAMETER = "c"
ATTRIBUTION_DAYS = 30


def running_campaign(code):
    """The live campaign whose share code is ``code``, if it is running today.

    Its dates are read on the French page, the source its translations follow (they may not
    have been synchronised since an edit of the dates).
    """
    from .pages import CampaignPage

    code = (code or "").strip().lower()[:32]
    if not code:
        return None
    pages = CampaignPage.objects.live().filter(share_code=code).order_by("pk")
    campaign = pages.filter(locale__language_code=settings.LANGUAGE_CODE).first() or pages.first()
    today = timezone.localdate()
    if campaign is None or campaign.start_date > today:
        return None
    if campaign.end_date is not None and campaign.end_date < today:
        return None
    return campaign


def remember(response, campaign):
    """Set the attribution cookie for ``campaign`` on ``response``."""
    response.set_cookie(
        COOKIE_NAME,
        campaign.share_code,
        max_age=ATTRIBUTION_DAYS * 24 * 60 * 60,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
    return response


class CampaignAttributionMiddleware:
    """Remembers the campaign of a share link (``?c=CODE`` on any page)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        code = request.GET.get(QUERY_PARAMETER)
        if code and request.method == "GET" and response.status_code == 200:
            campaign = running_campaign(code)
            if campaign is not None:
                remember(response, campaign)
        return response


def campaign_of_vouchers(order):
    """The campaign whose voucher the order used, else None."""
    from .pages import CampaignPage

    codes = [code for code in order.discounts.values_list("voucher_code", flat=True) if code]
    if not codes:
        return None
    return CampaignPage.objects.filter(voucher_code__in=codes).order_by("pk").first()


def attribute(order, code=None):
    """Attribute ``order`` to a campaign (its voucher's, else the share code's) if it has none."""
    if order.campaign_id is not None:
        return order.campaign
    campaign = campaign_of_vouchers(order) or running_campaign(code)
    if campaign is None:
        return None
    Order = get_model("order", "Order")
    Order.objects.filter(pk=order.pk, campaign__isnull=True).update(campaign=campaign)
    order.campaign = campaign
    invalidate()
    return campaign


def on_order_placed(sender, order, **kwargs):
    # Inside the checkout's transaction, for every order however placed: the voucher.
    attribute(order)


def on_post_checkout(sender, order, request=None, **kwargs):
    # After the checkout, where the request (and its cookie) is known: the share link.
    code = request.COOKIES.get(COOKIE_NAME) if request is not None else None
    attribute(order, code)
