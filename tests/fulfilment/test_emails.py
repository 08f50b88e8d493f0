"""Fulfilment emails: the buyer's shipped email in their language, and each cooperative's
new-order notice with only its own lines, in its manager's language."""

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from wagtail.users.models import UserProfile

from tests.fulfilment.conftest import AMLOU, CUSHION, line_of, place_order

pytestmark = pytest.mark.django_db


def html_of(message):
    return message.alternatives[0][0]


def test_each_manager_gets_a_notice_with_only_their_lines(
    weaver, argan_manager, django_capture_on_commit_callbacks
):
    profile = UserProfile.get_for_user(weaver)
    profile.preferred_language = "en"
    profile.save()
    with django_capture_on_commit_callbacks(execute=True):
        order = place_order(CUSHION, AMLOU)
    notices = {message.to[0]: message for message in mail.outbox}
    assert set(notices) == {weaver.email, argan_manager.email}
    to_weaver, to_argan = notices[weaver.email], notices[argan_manager.email]
    cushion, amlou = line_of(order, CUSHION), line_of(order, AMLOU)
    assert cushion.title in to_weaver.body and amlou.title not in to_weaver.body
    assert amlou.title in to_argan.body and cushion.title not in to_argan.body
    assert order.number in to_weaver.subject
    # Each in the manager's language: English by choice, French by default.
    assert 'lang="en"' in html_of(to_weaver)
    assert 'lang="fr"' in html_of(to_argan)
    assert "/en/shop/cooperative/orders/" in to_weaver.body
    assert "/fr/shop/cooperative/orders/" in to_argan.body


def test_no_notice_is_sent_before_the_order_is_committed(weaver):
    place_order(CUSHION)
    assert mail.outbox == []


def test_the_buyer_gets_a_shipped_email_in_their_language_with_the_tracking_number(
    client, weaver, mixed_order, django_capture_on_commit_callbacks
):
    from tests.fulfilment.test_phone_page import ship

    client.force_login(weaver)
    with django_capture_on_commit_callbacks(execute=True):
        ship(client, mixed_order, [line_of(mixed_order, CUSHION)], "CX123456789MA")
    [message] = mail.outbox
    assert message.to == ["leila@example.com"]
    assert "CX123456789MA" in message.body and "CTM Messagerie" in message.body
    assert line_of(mixed_order, CUSHION).title in message.body
    assert line_of(mixed_order, AMLOU).title not in message.body
    # The buyer checked out in Arabic (the manager works in English).
    html = html_of(message)
    assert 'lang="ar"' in html and 'dir="rtl"' in html
    assert "/ar/shop/accounts/order-status/" in message.body


def test_a_failing_mail_server_never_loses_the_shipment(
    client, weaver, mixed_order, monkeypatch, django_capture_on_commit_callbacks
):
    from tests.fulfilment.test_phone_page import ship

    def refuse(self, messages):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr(EmailBackend, "send_messages", refuse)
    client.force_login(weaver)
    with django_capture_on_commit_callbacks(execute=True):
        response = ship(client, mixed_order, [line_of(mixed_order, CUSHION)])
    assert response.status_code == 302
    assert line_of(mixed_order, CUSHION).status == "Shipped"
    assert line_of(mixed_order, CUSHION).shipment.tracking_number == "CX123456789MA"
