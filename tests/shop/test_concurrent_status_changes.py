"""Concurrent cancellations of one order write one status change and release the stock once;
concurrent shipments of one line ship it once (``Order.set_status`` and the event handler lock
the order's row, docs/shop.md).

Real threads, each with its own PostgreSQL connection, committing for real (SQLite has no row
locks), as in test_order_placement.py; what they make is deleted afterwards.
"""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from oscar.core.loading import get_class, get_model

from tests.fulfilment.conftest import place_order

from .conftest import delete_with_its_orders, fresh_product, run_together

Order = get_model("order", "Order")
OrderStatusChange = get_model("order", "OrderStatusChange")
ShippingEvent = get_model("order", "ShippingEvent")
ShippingEventType = get_model("order", "ShippingEventType")
EventHandler = get_class("order.processing", "EventHandler")
InvalidShippingEvent = get_class("order.exceptions", "InvalidShippingEvent")

pytestmark = pytest.mark.postgres
RACERS = 4


@pytest.fixture
def stocked_piece(committed_db):
    """A fresh cushion with 5 in stock; it and its orders are deleted afterwards."""
    product = fresh_product("TWZ-TEST-CANCEL-RACE", num_in_stock=5, like="TWZ-TAP-002")
    yield product
    delete_with_its_orders(product)


@pytest.fixture
def staff_clients(committed_db):
    """Members of staff, each in their own browser."""
    user = get_user_model().objects.create_superuser(
        "race-staff", "race-staff@example.org", "not-the-demo-password"
    )
    clients = []
    for _ in range(RACERS):
        client = Client()
        client.force_login(user)
        clients.append(client)
    yield clients
    user.delete()


def test_concurrent_cancels_from_the_dashboard_write_one_status_change(
    stocked_piece, staff_clients
):
    order = place_order(stocked_piece.upc)
    stock = stocked_piece.stockrecords.get()
    assert stock.num_allocated == 1
    url = f"/dashboard/orders/{order.number}/"
    for client in staff_clients:  # every member of staff has the order open, "Pending"
        assert client.get(url).status_code == 200

    def cancel(client):
        return lambda: client.post(
            url, {"order_action": "change_order_status", "new_status": "Cancelled"}
        )

    responses = run_together([cancel(client) for client in staff_clients])

    assert [r.status_code for r in responses] == [302] * RACERS
    order.refresh_from_db()
    assert order.status == "Cancelled"
    assert OrderStatusChange.objects.filter(order=order).count() == 1
    stock.refresh_from_db()
    assert stock.num_allocated == 0  # released once: never below zero
    line = order.lines.get()
    assert line.allocation_cancelled and line.num_allocated == 0


def test_concurrent_cancels_through_the_model_release_the_stock_once(stocked_piece):
    order = place_order(stocked_piece.upc, stocked_piece.upc)
    stock = stocked_piece.stockrecords.get()
    assert stock.num_allocated == 2

    def cancel():
        Order.objects.get(pk=order.pk).set_status("Cancelled")

    run_together([cancel] * RACERS)

    assert OrderStatusChange.objects.filter(order=order).count() == 1
    stock.refresh_from_db()
    assert stock.num_allocated == 0


def test_concurrent_shipments_of_one_line_ship_it_once(stocked_piece):
    order = place_order(stocked_piece.upc)
    shipped = ShippingEventType.objects.get(code="shipped")

    def ship():
        stale = Order.objects.get(pk=order.pk)
        line = stale.lines.get()
        return EventHandler().handle_shipping_event(
            stale, shipped, [line], [line.quantity], tracking_number="RR123456785MA"
        )

    results = run_together([ship] * RACERS)

    assert sum(isinstance(r, ShippingEvent) for r in results) == 1
    assert all(isinstance(r, (ShippingEvent, InvalidShippingEvent)) for r in results), results
    assert ShippingEvent.objects.filter(order=order).count() == 1
    order.refresh_from_db()
    assert order.status == "Shipped"
    assert order.lines.get().status == "Shipped"
