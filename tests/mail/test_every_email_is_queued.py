"""Rule: every email a buyer's action sends is queued, not sent in the request: the request
ends before anything reaches the mail server, and the worker delivers it."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from tests.mail.conftest import run_worker, waiting_deliveries

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-passphrase-3"


def shop_url(name, language="fr"):
    with translation.override(language):
        return reverse(name)


def register(client):
    return client.post(
        shop_url("customer:login"),
        {
            "registration-email": "nadia@example.com",
            "registration-password1": PASSWORD,
            "registration-password2": PASSWORD,
            "registration_submit": "1",
        },
    )


def change_password(client):
    user = get_user_model().objects.create_user("nadia", "nadia@example.com", PASSWORD)
    client.force_login(user)
    new = PASSWORD + "-new"
    return client.post(
        shop_url("customer:change-password"),
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
    )


@pytest.mark.parametrize("action", [register, change_password], ids=lambda a: a.__name__)
def test_a_buyers_account_email_is_queued_then_delivered(queued_mail, client, action):
    response = action(client)
    assert response.status_code == 302
    assert queued_mail.inbox.messages == []
    assert len(waiting_deliveries()) == 1

    run_worker()
    [email] = queued_mail.inbox.to("nadia@example.com")
    assert email["Subject"]
    assert waiting_deliveries() == []
