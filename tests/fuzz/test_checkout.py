"""The basket and every checkout step, fed anything: a form error or a redirect, never a
server error, and no half write. Invalid input leaves the basket, the orders and the stock
as they were; an order placed is whole (its lines, their sale shares, the stock allocated)."""

import pytest
from django.db.models import Sum
from hypothesis import assume, given
from hypothesis import strategies as st
from oscar.core.loading import get_model

from shop.payouts.models import SaleShare
from tests.shop.conftest import Buyer, shipping_address

from .conftest import (
    assert_not_a_server_error,
    examples,
    field_name,
    fuzz_example,
    hostile_text,
    number_like,
)

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
Line = get_model("order", "Line")
Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")
UPC = "TWZ-ARG-001"  # argan oil: many in stock, sold in Morocco and abroad


def shop_state():
    return {
        "orders": Order.objects.count(),
        "lines": Line.objects.count(),
        "sale_shares": SaleShare.objects.count(),
        "allocated": StockRecord.objects.aggregate(n=Sum("num_allocated"))["n"],
    }


def basket_of(buyer):
    basket = buyer.client.get(buyer.url("basket/")).context["basket"]
    return [(line.product.upc, line.quantity) for line in basket.all_lines()]


@examples(150)
@given(quantity=number_like, extra=st.dictionaries(field_name, hostile_text, max_size=3))
def test_adding_any_quantity_to_the_basket(quantity, extra):
    with fuzz_example() as client:
        buyer = Buyer(client)
        product = Product.objects.get(upc=UPC)
        response = client.post(
            buyer.url(f"basket/add/{product.pk}/"), {**extra, "quantity": quantity}
        )
        assert_not_a_server_error(response)
        contents = basket_of(buyer)
        try:
            wanted = int(quantity)
        except ValueError:
            wanted = None
        # Either the basket holds exactly what was asked, or nothing at all.
        assert contents in ([], [(UPC, wanted)])


@examples(50)
@given(
    quantity=number_like,
    line_id=st.one_of(st.just("own"), number_like),
    total=st.one_of(st.just("1"), number_like),
)
def test_changing_a_basket_line_to_anything(quantity, line_id, total):
    with fuzz_example() as client:
        buyer = Buyer(client)
        buyer.add(UPC, 2)
        line = client.get(buyer.url("basket/")).context["basket"].all_lines()[0]
        response = client.post(
            buyer.url("basket/"),
            {
                "form-TOTAL_FORMS": total,
                "form-INITIAL_FORMS": "1",
                "form-MIN_NUM_FORMS": "0",
                "form-MAX_NUM_FORMS": "1000",
                "form-0-id": str(line.pk) if line_id == "own" else line_id,
                "form-0-quantity": quantity,
            },
        )
        assert_not_a_server_error(response)
        contents = basket_of(buyer)
        assert len(contents) <= 1
        if contents and contents != [(UPC, 2)]:
            assert contents == [(UPC, int(quantity))]


@examples(60)
@given(
    email=hostile_text,
    options=st.one_of(st.sampled_from(["anonymous", "new", "existing"]), hostile_text),
    password=hostile_text,
)
def test_the_checkout_gateway_with_any_email(email, options, password):
    with fuzz_example() as client:
        buyer = Buyer(client)
        buyer.add(UPC, 1)
        response = client.post(
            buyer.url("checkout/"), {"username": email, "options": options, "password": password}
        )
        assert_not_a_server_error(response)
        assert basket_of(buyer) == [(UPC, 1)]


ADDRESS_FIELDS = [
    "title",
    "first_name",
    "last_name",
    "line1",
    "line2",
    "line3",
    "line4",
    "state",
    "postcode",
    "country",
    "phone_number",
    "notes",
]


@examples(60)
@given(
    changes=st.dictionaries(
        st.sampled_from(ADDRESS_FIELDS),
        st.one_of(hostile_text, st.sampled_from(["MA", "FR", "ZZ", "+212612345678"])),
        min_size=1,
        max_size=5,
    )
)
def test_the_shipping_address_with_anything_in_any_field(changes):
    with fuzz_example() as client:
        buyer = Buyer(client)
        buyer.add(UPC, 1)
        buyer.give_email()
        before = shop_state()
        response = client.post(
            buyer.url("checkout/shipping-address/"), {**shipping_address("MA"), **changes}
        )
        assert_not_a_server_error(response)
        if response.status_code == 200:
            assert response.context["form"].errors
        assert shop_state() == before
        assert basket_of(buyer) == [(UPC, 1)]


@examples(40)
@given(
    method_code=hostile_text,
    payment=st.one_of(st.sampled_from(["cash-on-delivery", "bank-transfer"]), hostile_text),
)
def test_the_shipping_and_payment_methods_with_any_choice(method_code, payment):
    with fuzz_example() as client:
        buyer = Buyer(client)
        buyer.add(UPC, 1)
        buyer.give_email()
        buyer.give_address("MA")
        before = shop_state()
        response = client.post(buyer.url("checkout/shipping-method/"), {"method_code": method_code})
        assert_not_a_server_error(response)
        response = buyer.choose_payment(payment)
        assert_not_a_server_error(response)
        assert shop_state() == before


@examples(40)
@given(
    action=st.one_of(st.just("place_order"), hostile_text),
    extra=st.dictionaries(field_name, hostile_text, max_size=3),
    quantity=st.integers(1, 3),
)
def test_the_preview_with_any_post_places_a_whole_order_or_none(action, extra, quantity):
    assume("action" not in extra)
    with fuzz_example() as client:
        buyer = Buyer(client)
        buyer.add(UPC, quantity)
        buyer.reach_preview()
        stock = Product.objects.get(upc=UPC).stockrecords.get()
        before = shop_state()
        response = client.post(buyer.url("checkout/preview/"), {**extra, "action": action})
        assert_not_a_server_error(response)
        placed = Order.objects.filter(guest_email=buyer.email)
        if action != "place_order":
            assert not placed.exists()
            assert shop_state() == before
            return
        order = placed.get()
        line = order.lines.get()
        assert line.quantity == quantity and line.num_allocated == quantity
        assert SaleShare.objects.filter(line=line).count() == 1
        stock.refresh_from_db()
        after = shop_state()
        assert after["orders"] == before["orders"] + 1
        assert after["allocated"] == before["allocated"] + quantity
