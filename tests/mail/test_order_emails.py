"""Rule: an order's emails survive a mail server outage. The order is placed while the server
is down; the worker keeps the messages and tries again later, and once the server is back the
buyer's confirmation and each cooperative's notice arrive, each in its reader's language."""

import pytest
from django.utils import translation
from django.utils.translation import gettext
from django_tasks import TaskResultStatus
from oscar.core.loading import get_model

from tests.fulfilment.conftest import CUSHION, line_of, place_order
from tests.mail.conftest import (
    deliveries,
    html_of,
    run_worker,
    text_of,
    waiting_deliveries,
)
from tests.shop.conftest import Buyer

Order = get_model("order", "Order")
Partner = get_model("partner", "Partner")

pytestmark = pytest.mark.django_db


def managers_of(order):
    partners = Partner.objects.filter(order_lines__order=order).distinct()
    return [user for partner in partners for user in partner.users.all() if user.email]


def test_order_emails_arrive_once_the_mail_server_is_back(
    queued_mail, client, clock, django_capture_on_commit_callbacks
):
    buyer = Buyer(client, language="ar")
    buyer.add(CUSHION)
    buyer.reach_preview("MA", "cash-on-delivery")
    queued_mail.stop()

    with django_capture_on_commit_callbacks(execute=True):
        response = buyer.place_order()
    assert response["Location"].endswith("/checkout/thank-you/")
    order = Order.objects.get(guest_email=buyer.email)
    managers = managers_of(order)
    assert managers

    run_worker()
    assert queued_mail.inbox.messages == []
    waiting = waiting_deliveries()
    assert len(waiting) == 1 + len(managers)  # the confirmation and one notice per manager
    assert all(task.args_kwargs["kwargs"] == {"attempt": 2} for task in waiting)
    assert all(task.run_after > task.enqueued_at for task in waiting)
    assert not [task for task in deliveries() if task.status == TaskResultStatus.FAILED]

    queued_mail.start()
    run_worker()  # not due yet: the next attempt waits for its time
    assert queued_mail.inbox.messages == []

    clock.advance_past(max(task.run_after for task in waiting))
    run_worker()
    [confirmation] = queued_mail.inbox.to(buyer.email)
    assert order.number in confirmation["Subject"] + text_of(confirmation)
    with translation.override("ar"):
        assert gettext("Your order contains:") in text_of(confirmation)
    assert line_of(order, CUSHION).title in text_of(confirmation)
    for manager in managers:
        [notice] = queued_mail.inbox.to(manager.email)
        assert order.number in notice["Subject"]
        assert "/fr/shop/cooperative/orders/" in text_of(notice)  # French, the default
        assert 'lang="fr"' in html_of(notice)
    assert waiting_deliveries() == []
    assert {task.status for task in deliveries()} == {TaskResultStatus.SUCCESSFUL}


def test_the_shipped_email_arrives_once_the_mail_server_is_back(
    queued_mail, client, clock, weaver, django_capture_on_commit_callbacks
):
    from tests.fulfilment.test_phone_page import ship

    order = place_order(CUSHION, language="ar")
    queued_mail.stop()
    client.force_login(weaver)
    with django_capture_on_commit_callbacks(execute=True):
        response = ship(client, order, [line_of(order, CUSHION)], "CX987654321MA")
    assert response.status_code == 302
    assert line_of(order, CUSHION).status == "Shipped"

    run_worker()
    [waiting] = [t for t in waiting_deliveries() if order.email in t.args_kwargs["args"][0]["to"]]
    assert queued_mail.inbox.to(order.email) == []

    queued_mail.start()
    clock.advance_past(waiting.run_after)
    run_worker()
    [shipped] = queued_mail.inbox.to(order.email)
    assert "CX987654321MA" in text_of(shipped)
    assert 'lang="ar"' in html_of(shipped) and 'dir="rtl"' in html_of(shipped)
