"""seed_demo leaves an order with pieces of two cooperatives, one shipped, for newcomers."""

import pytest
from oscar.core.loading import get_model

from tawiza.demo.orders import DEMO_ORDER_NUMBER, DEMO_TRACKING

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")


def test_the_demo_order_shows_fulfilment_at_work(client, weaver):
    order = Order.objects.get(number=DEMO_ORDER_NUMBER)
    assert order.lines.values("partner").distinct().count() == 2
    assert sorted(order.lines.values_list("status", flat=True)) == ["Pending", "Shipped"]
    shipped = order.lines.get(status="Shipped")
    assert shipped.shipment.tracking_number == DEMO_TRACKING["tracking_number"]
    assert order.status == "Being processed"
    client.force_login(weaver)
    html = client.get("/fr/shop/cooperative/orders/").content.decode()
    assert DEMO_ORDER_NUMBER in html and shipped.title not in html
