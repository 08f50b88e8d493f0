"""A cooperative manager sees and ships only their own lines in the Oscar dashboard (Oscar's
issue #2324), and cannot reach another cooperative's order or line by guessing its id."""

import csv
import io
from decimal import Decimal

import pytest
from django.core import mail
from oscar.core.loading import get_model

from tests.fulfilment.conftest import AMLOU, CUSHION, line_of, place_order

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")


@pytest.fixture(autouse=True)
def dashboard_in_english(client, settings):
    """/dashboard/ has no language prefix: it speaks the reader's chosen language (the cookie
    set by the site's language switch); these tests read its messages in English."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"


def assert_not_found(response):
    """A 404, after LocaleMiddleware's redirect of an unprefixed 404 to /fr/…"""
    assert response.status_code == 404, response.redirect_chain


def ship_in_dashboard(client, order, lines, tracking="CX123456789MA", carrier="Amana", **kw):
    return client.post(
        f"/dashboard/orders/{order.number}/",
        {
            "fulfilment_action": "ship",
            f"ship-{order.pk}-lines": [line.pk for line in lines],
            f"ship-{order.pk}-tracking_number": tracking,
            f"ship-{order.pk}-carrier": carrier,
        },
        **kw,
    )


def test_the_order_list_shows_a_manager_only_orders_holding_their_lines(
    client, weaver, mixed_order, argan_only_order
):
    client.force_login(weaver)
    response = client.get("/dashboard/orders/")
    assert response.status_code == 200
    numbers = {order.number for order in response.context["orders"]}
    assert mixed_order.number in numbers
    assert argan_only_order.number not in numbers


def test_the_order_list_shows_the_managers_subtotal_not_the_order_total(
    client, weaver, mixed_order
):
    client.force_login(weaver)
    listed = {o.number: o for o in client.get("/dashboard/orders/").context["orders"]}
    cushion = line_of(mixed_order, CUSHION)
    assert listed[mixed_order.number].own_total == cushion.line_price_incl_tax
    assert listed[mixed_order.number].own_total < mixed_order.total_incl_tax


def test_the_csv_export_gives_a_manager_only_their_own_figures(client, weaver, mixed_order):
    client.force_login(weaver)
    response = client.get("/dashboard/orders/", {"response_format": "csv"})
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    value = 1  # Oscar's CSV_COLUMNS: number, value, …
    row = next(row for row in rows if row[0] == mixed_order.number)
    assert Decimal(row[value]) == line_of(mixed_order, CUSHION).line_price_incl_tax


def test_the_order_detail_shows_a_manager_only_their_own_lines(client, weaver, mixed_order):
    client.force_login(weaver)
    response = client.get(f"/dashboard/orders/{mixed_order.number}/")
    assert response.status_code == 200
    assert [line.upc for line in response.context["lines"]] == [CUSHION]
    html = response.content.decode()
    assert line_of(mixed_order, CUSHION).title in html
    assert line_of(mixed_order, AMLOU).title not in html


def test_staff_still_see_every_line(admin_client, mixed_order):
    response = admin_client.get(f"/dashboard/orders/{mixed_order.number}/")
    assert {line.upc for line in response.context["lines"]} == {CUSHION, AMLOU}


def test_guessing_another_cooperatives_order_number_is_a_404(client, weaver, argan_only_order):
    client.force_login(weaver)
    url = f"/dashboard/orders/{argan_only_order.number}/"
    assert_not_found(client.get(url, follow=True))
    line = argan_only_order.lines.get()
    assert_not_found(client.get(f"{url}lines/{line.pk}/", follow=True))
    assert_not_found(ship_in_dashboard(client, argan_only_order, [line], follow=True))
    line.refresh_from_db()
    assert line.status == "Pending"


def test_guessing_another_cooperatives_line_id_in_a_shared_order_is_a_404(
    client, weaver, mixed_order
):
    client.force_login(weaver)
    amlou = line_of(mixed_order, AMLOU)
    url = f"/dashboard/orders/{mixed_order.number}/lines/{amlou.pk}/"
    assert_not_found(client.get(url, follow=True))
    cushion = line_of(mixed_order, CUSHION)
    own = client.get(f"/dashboard/orders/{mixed_order.number}/lines/{cushion.pk}/")
    assert own.status_code == 200


def test_a_manager_cannot_edit_the_shared_address_nor_see_statistics(client, weaver, mixed_order):
    client.force_login(weaver)
    for url in (
        f"/dashboard/orders/{mixed_order.number}/shipping-address/",
        "/dashboard/orders/statistics/",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert response.status_code != 200


def test_posting_another_cooperatives_line_id_is_a_form_error(client, weaver, mixed_order):
    client.force_login(weaver)
    amlou = line_of(mixed_order, AMLOU)
    response = ship_in_dashboard(client, mixed_order, [amlou])
    assert response.status_code == 200
    assert "One of the chosen pieces is not yours to handle." in response.content.decode()
    amlou.refresh_from_db()
    assert amlou.status == "Pending"


@pytest.mark.parametrize(
    ("tracking", "error"),
    [
        ("", "Enter the tracking number the carrier gave you."),
        ("X" * 5000, "A tracking number has at most 64 characters."),
    ],
)
def test_a_bad_tracking_number_is_a_form_error(client, weaver, mixed_order, tracking, error):
    client.force_login(weaver)
    cushion = line_of(mixed_order, CUSHION)
    response = ship_in_dashboard(client, mixed_order, [cushion], tracking=tracking)
    assert response.status_code == 200
    assert error in response.content.decode()
    cushion.refresh_from_db()
    assert cushion.status == "Pending"
    assert not mixed_order.shipping_events.exists()


def test_a_manager_cannot_change_the_whole_orders_status(client, weaver, mixed_order):
    client.force_login(weaver)
    client.post(
        f"/dashboard/orders/{mixed_order.number}/",
        {"order_action": "change_order_status", "new_status": "Being processed"},
    )
    mixed_order.refresh_from_db()
    assert mixed_order.status == "Pending"


def test_a_manager_ships_their_lines_with_a_tracking_number(
    client, weaver, mixed_order, django_capture_on_commit_callbacks
):
    client.force_login(weaver)
    cushion = line_of(mixed_order, CUSHION)
    with django_capture_on_commit_callbacks(execute=True):
        response = ship_in_dashboard(client, mixed_order, [cushion])
    assert response.status_code == 302
    cushion.refresh_from_db()
    assert cushion.status == "Shipped"
    assert cushion.shipment.tracking_number == "CX123456789MA"
    assert cushion.shipment.carrier == "Amana"
    assert line_of(mixed_order, AMLOU).status == "Pending"
    mixed_order.refresh_from_db()
    # One cooperative has shipped, the other not yet.
    assert mixed_order.status == "Being processed"
    assert [message.to for message in mail.outbox] == [["leila@example.com"]]


def test_the_order_is_shipped_then_delivered_when_all_its_lines_are(
    client, weaver, argan_manager, mixed_order
):
    for manager, upc in ((weaver, CUSHION), (argan_manager, AMLOU)):
        client.force_login(manager)
        ship_in_dashboard(client, mixed_order, [line_of(mixed_order, upc)])
    mixed_order.refresh_from_db()
    assert mixed_order.status == "Shipped"
    for manager, upc in ((weaver, CUSHION), (argan_manager, AMLOU)):
        client.force_login(manager)
        line = line_of(mixed_order, upc)
        client.post(
            f"/dashboard/orders/{mixed_order.number}/",
            {"fulfilment_action": "deliver", f"deliver-{mixed_order.pk}-lines": [line.pk]},
        )
        assert line_of(mixed_order, upc).status == "Delivered"
    mixed_order.refresh_from_db()
    assert mixed_order.status == "Delivered"


def test_an_order_awaiting_a_bank_transfer_cannot_be_shipped(client, weaver):
    order = place_order(CUSHION, status="Awaiting payment")
    client.force_login(weaver)
    response = ship_in_dashboard(client, order, [line_of(order, CUSHION)])
    assert response.status_code == 200
    assert "still awaiting payment by bank transfer" in response.content.decode()
    assert line_of(order, CUSHION).status == "Pending"
    assert not order.shipping_events.exists()


def test_a_paid_bank_transfer_order_can_be_shipped(client, weaver):
    order = place_order(CUSHION, status="Awaiting payment")
    order.set_status("Paid")
    client.force_login(weaver)
    assert ship_in_dashboard(client, order, [line_of(order, CUSHION)]).status_code == 302
    order.refresh_from_db()
    assert order.status == "Shipped"


def test_the_dashboard_speaks_the_managers_preferred_language(client, weaver, mixed_order):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(weaver)
    profile.preferred_language = "ar"
    profile.save()
    client.force_login(weaver)
    response = client.get("/dashboard/orders/")
    assert response.wsgi_request.LANGUAGE_CODE == "ar"
    assert "languageCode': 'ar'" in response.content.decode()


def test_staff_ship_with_the_same_form_and_the_order_follows(admin_client, mixed_order):
    page = admin_client.get(f"/dashboard/orders/{mixed_order.number}/").content.decode()
    assert page.count('id="fulfilment-ship"') == 1
    response = ship_in_dashboard(admin_client, mixed_order, list(mixed_order.lines.all()))
    assert response.status_code == 302
    mixed_order.refresh_from_db()
    assert mixed_order.status == "Shipped"


@pytest.mark.parametrize("status", ["Shipped", "Delivered"])
def test_oscars_bare_line_status_change_sends_staff_to_the_fulfilment_forms(
    admin_client, settings, mixed_order, status
):
    """Shipping is a shipping event (tracking number, the order following, the buyer's
    email); Oscar's "change line status" would set the status alone."""
    admin_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    lines = list(mixed_order.lines.all())
    response = admin_client.post(
        f"/dashboard/orders/{mixed_order.number}/",
        {
            "line_action": "change_line_statuses",
            "selected_line": [line.pk for line in lines],
            **{f"selected_line_qty_{line.pk}": line.quantity for line in lines},
            "new_status": status,
        },
        follow=True,
    )
    assert "Use the “Mark shipped” and “Mark delivered” forms" in response.content.decode()
    assert {line.status for line in mixed_order.lines.all()} == {"Pending"}
    assert not mail.outbox
