"""Cancelling an order gives its stock back, once: a cancelled one-of-a-kind carpet can be
bought again, and neither a second cancellation nor another status change releases more."""

import pytest
from django.test import Client
from oscar.apps.order.exceptions import InvalidOrderStatus
from oscar.core.loading import get_model

from .conftest import Buyer

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")


def place_order(upc, quantity=1):
    buyer = Buyer(Client())
    product = buyer.add(upc, quantity)
    buyer.reach_preview()
    assert buyer.place_order()["Location"].endswith("/checkout/thank-you/")
    return Order.objects.get(guest_email=buyer.email), product.stockrecords.get()


def can_be_added_to_a_basket(upc):
    buyer = Buyer(Client())
    buyer.add(upc)
    basket = buyer.client.get(buyer.url("basket/")).context["basket"]
    return basket.num_items == 1


def test_a_cancelled_one_of_a_kind_carpet_can_be_bought_again():
    order, stock = place_order("TWZ-TAP-001")
    assert not can_be_added_to_a_basket("TWZ-TAP-001")

    order.set_status("Cancelled")

    stock.refresh_from_db()
    assert stock.num_in_stock == 1 and stock.num_allocated == 0
    assert can_be_added_to_a_basket("TWZ-TAP-001")
    line = order.lines.get()
    assert line.allocation_cancelled and line.num_allocated == 0


def test_cancelling_an_order_twice_releases_its_stock_once():
    first, stock = place_order("TWZ-TAP-004")
    second, _stock = place_order("TWZ-TAP-004")
    stock.refresh_from_db()
    allocated = stock.num_allocated
    # Two members of staff open the same pending order and both cancel it.
    stale_copy = Order.objects.get(pk=first.pk)
    first.set_status("Cancelled")
    # The second is told the order changed meanwhile; cancelling it again changes nothing.
    with pytest.raises(InvalidOrderStatus):
        stale_copy.set_status("Cancelled")
    first.set_status("Cancelled")
    assert first.status_changes.count() == 1

    stock.refresh_from_db()
    assert stock.num_allocated == allocated - 1
    assert second.lines.get().num_allocated == 1


def test_a_status_change_other_than_cancellation_keeps_the_stock_allocated():
    order, stock = place_order("TWZ-ARG-002", quantity=2)
    stock.refresh_from_db()
    allocated = stock.num_allocated

    order.set_status("Being processed")

    stock.refresh_from_db()
    assert stock.num_allocated == allocated
    assert order.lines.get().num_allocated == 2
