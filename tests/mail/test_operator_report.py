"""Rule: an operator sees in the admin which emails wait for a retry and which were given up
on, with the server's last answer; an editor without the permission does not."""

import pytest
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from wagtail.users.models import UserProfile

from tests.mail.conftest import run_worker

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/undelivered-emails/"


def test_the_report_lists_waiting_and_given_up_emails(queued_mail, client):
    queued_mail.inbox.refuse_recipients_with = "550 5.1.1 No such user here"
    send_mail("Commande expédiée", "Bonjour", None, ["gone@example.com"])
    run_worker()
    queued_mail.inbox.refuse_recipients_with = "451 4.3.0 Try again later"
    send_mail("Réinitialisation", "Bonjour", None, ["later@example.com"])
    run_worker()

    operator = get_user_model().objects.create_superuser("ops", "ops@example.com", "x")
    profile = UserProfile.get_for_user(operator)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(operator)
    response = client.get(REPORT)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Commande expédiée" in html and "gone@example.com" in html
    assert "Given up" in html and "No such user here" in html
    assert "Réinitialisation" in html and "later@example.com" in html
    assert "Waiting to be retried" in html


def test_an_editor_without_the_permission_cannot_read_it(client):
    editor = get_user_model().objects.create_user("ed", "ed@example.com", "x", is_staff=True)
    editor.user_permissions.add(*_admin_access())
    client.force_login(editor)
    response = client.get(REPORT)
    assert response.status_code in {302, 403}
    assert "Undelivered emails" not in client.get("/admin/").content.decode()


def _admin_access():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
