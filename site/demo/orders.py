"""A demo order holding pieces of two cooperatives, one of them already shipped.

A newcomer logging in as a cooperative manager (``coop-<slug>``) then sees fulfilment at
work: in the dashboard and on /<lang>/shop/cooperative/orders/, only their own line; the
buyer's order page shows each piece's status and tracking number. Placed through Oscar's
own basket, ``OrderCreator`` and ``EventHandler``, as a real checkout would.
Idempotent: the order is found by its number.
"""

from django.db import transaction
from django.utils import translation
from oscar.core.loading import get_class, get_model

Basket = get_model("basket", "Basket")
Country = get_model("address", "Country")
Order = get_model("order", "Order")
Product = get_model("catalogue", "Product")
ShippingAddress = get_model("order", "ShippingAddress")
ShippingEventType = get_model("order", "ShippingEventType")
EventHandler = get_class("order.processing", "EventHandler")
OrderCreator = get_class("order.utils", "OrderCreator")
OrderTotalCalculator = get_class("checkout.calculators", "OrderTotalCalculator")
Repository = get_class("shipping.repository", "Repository")
Selector = get_class("partner.strategy", "Selector")

DEMO_ORDER_NUMBER = "TWZ-DEMO-1"
# A cushion from the weavers of Aït Bouguemez, amlou from the Taytmatine argan cooperative.
DEMO_LINES = (("TWZ-TAP-002", 1), ("TWZ-ARG-003", 2))
DEMO_BUYER = {
    "first_name": "Leïla",
    "last_name": "Benali",
    "line1": "12 rue des Orangers",
    "line4": "Casablanca",
    "postcode": "20250",
    "phone_number": "+212612345678",
}
DEMO_TRACKING = {"tracking_number": "RR123456785MA", "carrier": "Amana"}


def ensure_demo_order():
    if Order.objects.filter(number=DEMO_ORDER_NUMBER).exists():
        return
    with translation.override("fr"), transaction.atomic():
        order = place_demo_order()
        ship_the_argan_line(order)


def place_demo_order():
    return place(DEMO_ORDER_NUMBER, DEMO_LINES, DEMO_BUYER, "leila.benali@demo.tawiza.ma")


def place(number, lines, buyer, email, **order_fields):
    """A guest's order of ``lines`` ([(upc, quantity)]) shipped in Morocco, placed through
    Oscar's basket and ``OrderCreator`` as the checkout places it."""
    basket = Basket.objects.create()
    basket.strategy = Selector().strategy()
    for upc, quantity in lines:
        basket.add_product(Product.objects.get(upc=upc), quantity)
    address = ShippingAddress(country=Country.objects.get(iso_3166_1_a2="MA"), **buyer)
    method = Repository().get_default_shipping_method(basket=basket, shipping_addr=address)
    charge = method.calculate(basket)
    address.save()
    order = OrderCreator().place_order(
        basket=basket,
        total=OrderTotalCalculator().calculate(basket, charge),
        shipping_method=method,
        shipping_charge=charge,
        shipping_address=address,
        order_number=number,
        guest_email=email,
        **order_fields,
    )
    basket.submit()
    return order


def ship_the_argan_line(order):
    line = order.lines.get(upc=DEMO_LINES[1][0])
    EventHandler().handle_shipping_event(
        order,
        ShippingEventType.objects.get(code="shipped"),
        [line],
        [line.quantity],
        **DEMO_TRACKING,
    )
