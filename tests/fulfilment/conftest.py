"""Orders holding pieces of the two demo cooperatives, and their managers."""

import itertools

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from oscar.core.loading import get_class, get_model

Basket = get_model("basket", "Basket")
Country = get_model("address", "Country")
Line = get_model("order", "Line")
Product = get_model("catalogue", "Product")
ShippingAddress = get_model("order", "ShippingAddress")
OrderCreator = get_class("order.utils", "OrderCreator")
OrderTotalCalculator = get_class("checkout.calculators", "OrderTotalCalculator")
Repository = get_class("shipping.repository", "Repository")
Selector = get_class("partner.strategy", "Selector")
User = get_user_model()

WEAVERS = "tissage-ait-bouguemez"
ARGAN = "argan-taytmatine"
CUSHION = "TWZ-TAP-002"  # made by the weavers
AMLOU = "TWZ-ARG-003"  # made by the argan cooperative
SOAP = "TWZ-ARG-004"
_numbers = itertools.count(1)


def place_order(*upcs, language="fr", user=None, status=None):
    """An order placed through Oscar's OrderCreator, as the checkout places it."""
    basket = Basket.objects.create(owner=user)
    basket.strategy = Selector().strategy()
    for upc in upcs:
        basket.add_product(Product.objects.get(upc=upc), 1)
    address = ShippingAddress(
        country=Country.objects.get(iso_3166_1_a2="MA"),
        first_name="Leïla",
        last_name="Benali",
        line1="12 rue des Orangers",
        line4="Casablanca",
        phone_number="+212612345678",
    )
    method = Repository().get_default_shipping_method(basket=basket, shipping_addr=address)
    charge = method.calculate(basket)
    address.save()
    with translation.override(language):
        order = OrderCreator().place_order(
            basket=basket,
            total=OrderTotalCalculator().calculate(basket, charge),
            shipping_method=method,
            shipping_charge=charge,
            shipping_address=address,
            order_number=f"TEST-FUL-{next(_numbers)}",
            user=user,
            guest_email="" if user else "leila@example.com",
            status=status,
        )
    basket.submit()
    return order


def line_of(order, upc) -> Line:
    return order.lines.get(upc=upc)


@pytest.fixture(autouse=True)
def demo_accounts_log_in(settings):
    """The managers are the demo accounts coop-<slug>, which log in only with DEBUG on."""
    settings.DEBUG = True


@pytest.fixture
def weaver():
    return User.objects.get(username=f"coop-{WEAVERS}")


@pytest.fixture
def argan_manager():
    return User.objects.get(username=f"coop-{ARGAN}")


@pytest.fixture
def mixed_order(db):
    """One order: a cushion from the weavers, amlou from the argan cooperative."""
    return place_order(CUSHION, AMLOU, language="ar")


@pytest.fixture
def argan_only_order(db):
    return place_order(SOAP)
