"""A campaign's progress, and the impact figures, come from real orders, cached."""

from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from oscar.core.loading import get_model

from stories.progress import campaign_progress, cooperative_impact, site_impact
from tests.stories.campaign_helpers import SOAP, paid_order, refund

pytestmark = pytest.mark.django_db

SaleShare = get_model("payouts", "SaleShare")
CAMPAIGN_URL = "/fr/campagnes/un-pressoir-pour-taytmatine/"


@pytest.fixture(autouse=True)
def fresh_figures():
    cache.clear()
    yield
    cache.clear()


def sent_for(*orders):
    """What the cooperatives receive from ``orders``: their shares, as frozen at sale time."""
    shares = SaleShare.objects.filter(line__order__in=orders)
    return sum((share.cooperative_share for share in shares), Decimal("0.00"))


def test_paid_orders_count_and_a_refund_takes_its_order_out(
    aods_campaign, django_capture_on_commit_callbacks
):
    before = campaign_progress(aods_campaign).figures
    with django_capture_on_commit_callbacks(execute=True):
        kept = paid_order(aods_campaign, SOAP, SOAP)
        refunded = paid_order(aods_campaign)
    figures = campaign_progress(aods_campaign).figures
    assert figures.orders == before.orders + 2
    assert figures.pieces == before.pieces + 3
    assert figures.sent == before.sent + sent_for(kept, refunded)

    with django_capture_on_commit_callbacks(execute=True):
        refund(refunded)
    figures = campaign_progress(aods_campaign).figures
    assert figures.orders == before.orders + 1
    assert figures.pieces == before.pieces + 2
    assert figures.sent == before.sent + sent_for(kept)


def test_orders_whose_money_is_not_in_do_not_count(aods_campaign):
    before = campaign_progress(aods_campaign).figures
    cache.clear()
    paid_order(aods_campaign, status="Awaiting payment")
    paid_order(aods_campaign, method="cash-on-delivery", status="Shipped")
    paid_order(aods_campaign, status="Cancelled")
    assert campaign_progress(aods_campaign).figures == before
    cache.clear()
    delivered = paid_order(aods_campaign, method="cash-on-delivery", status="Delivered")
    figures = campaign_progress(aods_campaign).figures
    assert figures.orders == before.orders + 1
    assert figures.sent == before.sent + sent_for(delivered)


def test_a_status_change_shows_at_once(aods_campaign, django_capture_on_commit_callbacks):
    order = paid_order(aods_campaign, status="Awaiting payment")
    before = campaign_progress(aods_campaign).figures  # now cached
    with django_capture_on_commit_callbacks(execute=True):
        order.set_status("Paid")
    assert campaign_progress(aods_campaign).figures.orders == before.orders + 1


def test_the_site_and_the_cooperative_share_the_computation(
    aods_campaign, django_capture_on_commit_callbacks
):
    cooperative = aods_campaign.cooperatives.get()
    site, own = site_impact(), cooperative_impact(cooperative)
    with django_capture_on_commit_callbacks(execute=True):
        order = paid_order(None)  # not through a campaign: it counts for the impact all the same
    assert site_impact().sent == site.sent + sent_for(order)
    assert cooperative_impact(cooperative).sent == own.sent + sent_for(order)
    assert cooperative_impact(cooperative).orders == own.orders + 1


def test_home_and_cooperative_pages_show_what_was_sent(client, aods_campaign):
    paid_order(aods_campaign)
    cache.clear()
    sent = site_impact().sent
    home = client.get("/fr/").content.decode()
    assert f'data-impact="{sent}"' in home
    assert "ont envoyé" in home
    arabic = client.get("/ar/").content.decode()
    assert f'data-impact="{sent}"' in arabic
    cooperative = aods_campaign.cooperatives.get()
    html = client.get(cooperative.url).content.decode()
    assert f'data-impact="{cooperative_impact(cooperative).sent}"' in html


def test_the_campaign_page_shows_progress_and_its_chart(client, aods_campaign):
    html = client.get(CAMPAIGN_URL).content.decode()
    progress = campaign_progress(aods_campaign)
    assert progress.figures.orders > 0  # the demo's attributed orders
    assert '<progress class="campaign-progress__bar" max="100"' in html
    assert f'value="{progress.percent}"' in html
    assert "<svg" in html and "<rect" in html
    assert (
        "<script" not in html.split('<section class="campaign-progress"')[1].split("</section>")[0]
    )


def _queries(client, path):
    cache.clear()
    with CaptureQueriesContext(connection) as uncached:
        assert client.get(path).status_code == 200
    with CaptureQueriesContext(connection) as cached:
        assert client.get(path).status_code == 200
    return len(uncached), len(cached)


def test_campaign_page_queries_do_not_grow_with_orders(client, aods_campaign):
    client.get(CAMPAIGN_URL)  # renditions and thumbnails made once
    few = _queries(client, CAMPAIGN_URL)
    for _number in range(6):
        paid_order(aods_campaign)
    many = _queries(client, CAMPAIGN_URL)
    assert campaign_progress(aods_campaign).figures.orders >= 6
    assert many == few
    assert few[1] < few[0]  # the figures come from the cache the second time
