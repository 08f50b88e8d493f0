"""Buyers pay through one small interface: cash on delivery (Morocco only) or bank transfer
(the order awaits payment; the thank-you page and email show the bank details)."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import translation
from django.utils.html import escape
from oscar.core.loading import get_model

from shop import payment
from shop.checkout.models import ShopSettings

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")


def test_every_method_has_a_code_a_label_and_handles_an_order():
    for code, method in payment.registry.items():
        assert method.code == code
        assert str(method.label)
        result = method.handle("100042", total=None)
        assert result.reference == "100042"


def test_cash_on_delivery_is_refused_for_an_address_outside_morocco(buyer):
    buyer.add("TWZ-TAP-002")
    buyer.give_email()
    buyer.give_address("FR")
    response = buyer.choose_payment("cash-on-delivery")
    assert response.status_code == 200
    with translation.override("fr"):
        reason = str(payment.CashOnDelivery().unavailable_reason(None, None))
    assert escape(reason) in response.content.decode()
    # The preview stays closed until a method that works is chosen.
    response = buyer.client.get(buyer.url("checkout/preview/"))
    assert response["Location"].endswith("/checkout/payment-method/")


def test_an_unknown_payment_method_is_a_form_error(buyer):
    buyer.add("TWZ-TAP-002")
    buyer.give_email()
    buyer.give_address("MA")
    assert buyer.choose_payment("card-we-do-not-take").status_code == 200
    assert buyer.choose_payment("").status_code == 200


def test_cash_on_delivery_order_in_morocco_is_pending(buyer):
    buyer.add("TWZ-TAP-002")
    buyer.reach_preview("MA", "cash-on-delivery")
    response = buyer.place_order()
    assert response["Location"].endswith("/checkout/thank-you/")
    order = Order.objects.get(guest_email=buyer.email)
    assert order.status == payment.methods.PENDING
    assert order.sources.get().source_type.code == "cash-on-delivery"


def test_bank_transfer_order_awaits_payment_and_shows_the_bank_details(buyer):
    bank = ShopSettings.load()
    buyer.add("TWZ-TAP-002")
    buyer.reach_preview("FR", "bank-transfer")
    response = buyer.place_order(follow=True)
    order = Order.objects.get(guest_email=buyer.email)
    assert order.status == payment.methods.AWAITING_PAYMENT
    html = response.content.decode()
    for detail in (order.number, bank.bank_iban, bank.bank_rib, bank.bank_account_holder):
        assert detail in html
    assert escape(bank.bank_name) in html
    (email,) = [m for m in mail.outbox if order.number in m.subject or order.number in m.body]
    for detail in (order.number, bank.bank_iban, bank.bank_rib, bank.bank_name):
        assert detail in email.body


def test_staff_mark_a_bank_transfer_order_paid_in_the_dashboard(buyer, client_factory):
    buyer.add("TWZ-TAP-002")
    buyer.reach_preview("FR", "bank-transfer")
    buyer.place_order()
    order = Order.objects.get(guest_email=buyer.email)
    assert order.available_statuses() == ["Paid", "Cancelled"]
    staff = get_user_model().objects.create_superuser("cashier", "cashier@example.com", "x")
    client = client_factory()
    client.force_login(staff)
    response = client.post(
        f"/dashboard/orders/{order.number}/",
        {"order_action": "change_order_status", "new_status": "Paid"},
    )
    assert response["Location"] == f"/dashboard/orders/{order.number}/"
    order.refresh_from_db()
    assert order.status == payment.methods.PAID


def test_the_confirmation_is_sent_in_the_buyers_language(client_factory):
    from .conftest import Buyer

    buyer = Buyer(client_factory(), language="en")
    buyer.add("TWZ-ARG-001")
    buyer.reach_preview("FR", "bank-transfer")
    buyer.place_order()
    order = Order.objects.get(guest_email=buyer.email)
    (email,) = [m for m in mail.outbox if order.number in m.body]
    assert "Culinary argan oil 250 ml" in email.body
    assert ShopSettings.load().bank_iban in email.body


def test_a_failing_mail_server_does_not_lose_the_order(buyer, monkeypatch):
    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", refuse)
    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
    buyer.add("TWZ-TAP-002")
    buyer.reach_preview("MA", "cash-on-delivery")
    response = buyer.place_order()
    assert response["Location"].endswith("/checkout/thank-you/")
    order = Order.objects.get(guest_email=buyer.email)
    assert order.basket.status == "Submitted"
