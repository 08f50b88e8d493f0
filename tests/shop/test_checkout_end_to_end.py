"""A buyer adds a demo product to the basket and places an order (foundation journey)."""

import pytest
from django.core import mail
from oscar.core.loading import get_model

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
Order = get_model("order", "Order")


def test_guest_buyer_adds_a_demo_product_to_the_basket_and_places_an_order(client):
    product = Product.objects.get(upc="TWZ-ARG-001")
    stock = product.stockrecords.get()
    allocated_before = stock.num_allocated or 0

    response = client.post(f"/fr/shop/basket/add/{product.pk}/", {"quantity": 2})
    assert response.status_code == 302
    basket = client.get("/fr/shop/basket/")
    assert "Huile d&#x27;argan alimentaire 250 ml" in basket.content.decode()

    response = client.post(
        "/fr/shop/checkout/", {"username": "leila@example.com", "options": "anonymous"}, follow=True
    )
    assert response.redirect_chain[-1][0].endswith("/fr/shop/checkout/shipping-address/")
    response = client.post(
        "/fr/shop/checkout/shipping-address/",
        {
            "first_name": "Leïla",
            "last_name": "Benali",
            "line1": "12 rue des Orangers",
            "line4": "Casablanca",
            "postcode": "20250",
            "country": "MA",
            "phone_number": "+212612345678",
        },
        follow=True,
    )
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].endswith("/fr/shop/checkout/payment-method/")
    response = client.post(
        "/fr/shop/checkout/payment-method/", {"method": "cash-on-delivery"}, follow=True
    )
    assert response.redirect_chain[-1][0].endswith("/fr/shop/checkout/preview/")
    response = client.get("/fr/shop/checkout/preview/", follow=True)
    assert response.status_code == 200
    response = client.post("/fr/shop/checkout/preview/", {"action": "place_order"}, follow=True)
    assert response.redirect_chain[-1][0].endswith("/fr/shop/checkout/thank-you/")

    order = Order.objects.get(guest_email="leila@example.com")
    assert order.lines.get().product == product
    assert order.lines.get().quantity == 2
    assert order.currency == "MAD"
    stock.refresh_from_db()
    assert stock.num_allocated == allocated_before + 2
    assert any(order.number in message.body for message in mail.outbox)
