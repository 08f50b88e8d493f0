"""Placing an order is safe: the last one-of-a-kind carpet goes to one buyer only, the others
are told it sold out and keep their basket, and a double-submitted "place order" makes one
order.

The threaded tests need row locks (``SELECT … FOR UPDATE``), so PostgreSQL: SQLite has none
and serialises writers instead. They commit for real, so they do not use a test transaction
(the flush that ends a transactional test would wipe the session's demo content and the data
our migrations create); they create their own one-of-a-kind product and delete what they made.
"""

import pytest
from django.test import Client
from oscar.core.loading import get_model

from .conftest import Buyer, delete_with_its_orders, fresh_product, run_together

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")
Product = get_model("catalogue", "Product")


# Sequential races (any database) ---------------------------------------------------------


@pytest.mark.django_db
def test_the_second_buyer_of_the_last_carpet_is_told_it_sold_out_and_keeps_the_basket():
    first, second = Buyer(Client()), Buyer(Client())
    for buyer in (first, second):
        carpet = buyer.add("TWZ-TAP-001")
        buyer.reach_preview()
    assert first.place_order()["Location"].endswith("/checkout/thank-you/")

    # Oscar's own check sees the piece is gone before the order is even attempted.
    response = second.place_order(follow=True)
    assert response.redirect_chain[-1][0].endswith("/fr/shop/basket/")
    notices = [str(message) for message in response.context["messages"]]
    assert any(carpet.get_title() in notice for notice in notices), notices
    assert not Order.objects.filter(guest_email=second.email).exists()
    basket = Basket.objects.get(pk=second.client.get(second.url("basket/")).context["basket"].pk)
    assert basket.status == Basket.OPEN
    assert [(line.product, line.quantity) for line in basket.all_lines()] == [(carpet, 1)]
    stock = carpet.stockrecords.get()
    assert stock.num_allocated == 1 and stock.num_in_stock == 1


@pytest.mark.django_db
def test_posting_place_order_twice_makes_one_order(buyer):
    buyer.add("TWZ-TAP-002")
    buyer.reach_preview()
    assert buyer.place_order()["Location"].endswith("/checkout/thank-you/")
    second = buyer.place_order()
    assert second.status_code == 302
    assert Order.objects.filter(guest_email=buyer.email).count() == 1


# Threads (PostgreSQL) --------------------------------------------------------------------


@pytest.fixture
def race_products(committed_db):
    """Make fresh products with a given stock (like a demo carpet); they and every order and
    basket for them are deleted afterwards."""
    made = []

    def make(stock, upc=None):
        made.append(fresh_product(upc or f"TWZ-TEST-RACE-{len(made) + 1}", num_in_stock=stock))
        return made[-1]

    yield make
    for product in made:
        delete_with_its_orders(product)


@pytest.fixture
def one_of_a_kind(race_products):
    """A fresh one-of-a-kind piece (stock 1)."""
    return race_products(1, upc="TWZ-TEST-RACE")


def post_together(buyers):
    """Each buyer posts "place order" at the same moment, from its own thread."""
    return run_together([buyer.place_order for buyer in buyers])


@pytest.mark.postgres
def test_of_four_buyers_of_a_one_of_a_kind_piece_one_gets_it(one_of_a_kind):
    buyers = [Buyer(Client()) for _ in range(4)]
    for buyer in buyers:
        buyer.add(one_of_a_kind.upc)
        buyer.reach_preview()

    responses = post_together(buyers)

    winners = [r for r in responses if r.status_code == 302]
    losers = [r for r in responses if r.status_code == 200]
    assert len(winners) == 1 and len(losers) == 3
    # Our "has just sold out" message when the buyers truly race to the lock, Oscar's own
    # "no longer available" when one arrives after the winner's order has freed nothing.
    assert all(
        ("vient d&#x27;être vendu" in html) or ("plus disponible" in html)
        for html in (r.content.decode() for r in losers)
    )
    assert Order.objects.filter(lines__product=one_of_a_kind).count() == 1
    stock = one_of_a_kind.stockrecords.get()
    assert stock.num_allocated == 1
    open_baskets = Basket.objects.filter(lines__product=one_of_a_kind, status=Basket.OPEN)
    assert open_baskets.count() == 3


@pytest.mark.postgres
def test_a_place_order_posted_twice_at_once_makes_one_order(one_of_a_kind):
    buyer = Buyer(Client())
    buyer.add(one_of_a_kind.upc)
    buyer.reach_preview()
    twin = Buyer(Client())
    twin.client.cookies = buyer.client.cookies  # the same session, from a second tab

    responses = post_together([buyer, twin])

    assert all(r.status_code in (200, 302) for r in responses)
    assert Order.objects.filter(lines__product=one_of_a_kind).count() == 1
    assert one_of_a_kind.stockrecords.get().num_allocated == 1


@pytest.mark.postgres
def test_of_three_buyers_wanting_two_of_three_pieces_one_gets_them(race_products):
    """Stock is checked in units, not lines: 3 in stock, each buyer wants 2."""
    small_run = race_products(3)
    buyers = [Buyer(Client()) for _ in range(3)]
    for buyer in buyers:
        buyer.add(small_run.upc, quantity=2)
        buyer.reach_preview()

    responses = post_together(buyers)

    assert sorted(r.status_code for r in responses) == [200, 200, 302]
    stock = small_run.stockrecords.get()
    assert stock.num_allocated == 2 and stock.num_in_stock == 3
    assert Order.objects.filter(lines__product=small_run).count() == 1


@pytest.mark.postgres
def test_baskets_holding_the_same_pieces_in_opposite_order_both_become_orders(race_products):
    """Stock records are locked in one order (primary key), whatever the order of the basket's
    lines: two buyers of the same two pieces never deadlock, both get their order."""
    first_piece, second_piece = race_products(10), race_products(10)
    buyers = [Buyer(Client()) for _ in range(4)]
    for index, buyer in enumerate(buyers):
        pieces = (first_piece, second_piece) if index % 2 else (second_piece, first_piece)
        for piece in pieces:
            buyer.add(piece.upc)
        buyer.reach_preview()

    responses = post_together(buyers)

    assert [r.status_code for r in responses] == [302] * 4
    assert all(r["Location"].endswith("/checkout/thank-you/") for r in responses)
    for piece in (first_piece, second_piece):
        assert piece.stockrecords.get().num_allocated == 4
        assert Order.objects.filter(lines__product=piece).count() == 4
