"""A one-of-a-kind piece cannot be given a stock above 1 in the Oscar dashboard."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from oscar.core.loading import get_class, get_model

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
StockRecordForm = get_class("dashboard.catalogue.forms", "StockRecordForm")


def stock_form(product, num_in_stock):
    record = product.stockrecords.get()
    data = {
        "partner": record.partner_id,
        "partner_sku": record.partner_sku,
        "price_currency": record.price_currency,
        "price": record.price,
        "num_in_stock": num_in_stock,
        "low_stock_threshold": "",
    }
    staff = get_user_model()(is_staff=True)
    return StockRecordForm(product.get_product_class(), staff, data=data, instance=record)


def one_of_a_kind(value):
    """A demo textile whose "one of a kind" attribute is ``value``."""
    return Product.objects.filter(
        attribute_values__attribute__code="one_of_a_kind", attribute_values__value_boolean=value
    ).first()


def test_a_one_of_a_kind_piece_refuses_a_stock_above_one():
    form = stock_form(one_of_a_kind(True), 2)
    with translation.override("en"):
        assert not form.is_valid()
        assert form.errors["num_in_stock"] == ["A one-of-a-kind piece has a stock of 1 at most."]


@pytest.mark.parametrize("num_in_stock", [0, 1])
def test_a_one_of_a_kind_piece_may_have_one_or_none(num_in_stock):
    assert stock_form(one_of_a_kind(True), num_in_stock).is_valid()


def test_a_piece_woven_in_series_may_have_any_stock():
    assert stock_form(one_of_a_kind(False), 12).is_valid()
