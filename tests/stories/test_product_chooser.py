"""Editors find Oscar products in the Wagtail admin by title, SKU or cooperative."""

import pytest

pytestmark = pytest.mark.django_db


def _results(client, query):
    response = client.get("/admin/product-chooser/results/", {"q": query})
    assert response.status_code == 200
    return response.content.decode()


def test_product_chooser_opens_for_an_admin(superuser_client):
    response = superuser_client.get("/admin/product-chooser/")
    assert response.status_code == 200
    data = response.json()
    assert data["step"] == "choose"
    assert "Amlou aux amandes 300 g" in data["html"]


@pytest.mark.parametrize(
    ("query", "found", "not_found"),
    [
        ("hanbel", "Hanbel en laine écrue", "Amlou aux amandes"),
        ("TWZ-ARG-003", "Amlou aux amandes 300 g", "Hanbel en laine écrue"),
        ("arg-00", "Amlou aux amandes 300 g", "Hanbel en laine écrue"),
        ("Taytmatine", "Savon à l&#x27;argan et au ghassoul", "Hanbel en laine écrue"),
    ],
)
def test_product_chooser_finds_products_by_title_sku_and_cooperative(
    superuser_client, query, found, not_found
):
    html = _results(superuser_client, query)
    assert found in html
    assert not_found not in html


def test_product_chooser_returns_the_chosen_product(superuser_client):
    from oscar.core.loading import get_model

    product = get_model("catalogue", "Product").objects.get(upc="TWZ-TAP-001")
    response = superuser_client.get(f"/admin/product-chooser/chosen/{product.pk}/")
    assert response.status_code == 200
    assert response.json()["result"]["id"] == str(product.pk)


def test_product_chooser_is_closed_to_visitors(client):
    response = client.get("/admin/product-chooser/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
