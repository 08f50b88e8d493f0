"""Rule: asking for a password reset never fails because mail is down. The buyer (Oscar's
form in the shop) and the editor (Wagtail's admin) both see the usual "check your email"
page; the email is kept and arrives once the mail server is back."""

import logging

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from tests.mail.conftest import run_worker, text_of, waiting_deliveries

pytestmark = pytest.mark.django_db

User = get_user_model()


@pytest.fixture
def buyer_account():
    return User.objects.create_user("amina", "amina@example.com", "a-long-passphrase-1")


@pytest.fixture
def editor_account():
    return User.objects.create_user(
        "youssef", "youssef@example.com", "a-long-passphrase-2", is_staff=True, is_superuser=True
    )


def shop_password_reset(client, email, language="fr"):
    with translation.override(language):
        url = reverse("password-reset")
    return client.post(url, {"email": email}, follow=True)


def test_a_buyer_resets_their_password_while_the_mail_server_is_down(
    queued_mail, client, clock, buyer_account
):
    queued_mail.stop()
    response = shop_password_reset(client, buyer_account.email)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].endswith("/password-reset/done/")

    run_worker()
    [waiting] = waiting_deliveries()
    queued_mail.start()
    clock.advance_past(waiting.run_after)
    run_worker()
    [email] = queued_mail.inbox.to(buyer_account.email)
    assert "/fr/shop/password-reset/confirm/" in text_of(email)


def test_an_editor_resets_their_password_in_the_admin_while_the_mail_server_is_down(
    queued_mail, client, clock, editor_account
):
    queued_mail.stop()
    response = client.post("/admin/password_reset/", {"email": editor_account.email}, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == "/admin/password_reset/done/"

    run_worker()
    [waiting] = waiting_deliveries()
    queued_mail.start()
    clock.advance_past(waiting.run_after)
    run_worker()
    [email] = queued_mail.inbox.to(editor_account.email)
    assert "/admin/password_reset/confirm/" in text_of(email)


def test_without_a_worker_a_mail_outage_is_logged_not_shown_to_the_buyer(
    queued_mail, settings, client, buyer_account, caplog
):
    """Development runs tasks at once and cannot run them later: one attempt, then a log."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    queued_mail.stop()
    with caplog.at_level(logging.ERROR, logger="tawiza.mail"):
        response = shop_password_reset(client, buyer_account.email)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].endswith("/password-reset/done/")
    [record] = [r for r in caplog.records if r.name == "tawiza.mail.tasks"]
    assert buyer_account.email in record.getMessage()
    assert "cannot try again later" in record.getMessage()
