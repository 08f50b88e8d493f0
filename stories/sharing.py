"""What a campaign page offers its supporters: share links and the chart of orders.

Share links are plain links (no network's script or button, nothing loaded from elsewhere):
WhatsApp and email carry a text in the campaign's language, Facebook reads the page's
OpenGraph tags (title, summary and the share image). Each carries the campaign's share code,
so whoever follows it is attributed to the campaign (stories/attribution.py).
"""

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from django.utils import translation
from django.utils.translation import gettext as _

from shop.payouts.chart import bar_chart


@dataclass(frozen=True)
class ShareLink:
    network: str
    label: str
    url: str


def share_text(campaign) -> str:
    """The invitation to support ``campaign``, in the campaign's own language."""
    with translation.override(campaign.locale.language_code):
        return _(
            "Support “%(title)s”, a campaign by %(association)s for Moroccan artisan "
            "cooperatives: every purchase through this link counts."
        ) % {"title": campaign.title, "association": campaign.association.name}


def share_links(campaign, request) -> list[ShareLink]:
    if not campaign.share_code:
        return []
    url = campaign.share_url(request)
    text = share_text(campaign)
    email = urlencode({"subject": campaign.title, "body": f"{text}\n\n{url}"}, quote_via=quote)
    return [
        ShareLink("whatsapp", "WhatsApp", "https://wa.me/?" + urlencode({"text": f"{text} {url}"})),
        ShareLink(
            "facebook",
            "Facebook",
            "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}),
        ),
        ShareLink("email", _("Email"), f"mailto:?{email}"),
    ]


def orders_chart(orders_over_time):
    """The bars of ``[(day, orders)]`` (shop/payouts/chart.py draws them), or None if empty."""
    if not any(orders for _day, orders in orders_over_time):
        return None
    return bar_chart(orders_over_time)
