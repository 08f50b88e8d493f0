"""Rule: a message is tried again with a growing delay while the server may come back, a
bounded number of times; a message the server refuses for good is not tried again."""

from io import StringIO

import pytest
from django.conf import settings
from django.core.mail import send_mail
from django.core.management import call_command
from django_tasks import TaskResultStatus

from tests.mail.conftest import deliveries, run_worker, waiting_deliveries

pytestmark = pytest.mark.django_db


def send_test_email(to="fatima@example.com"):
    send_mail("Votre commande", "Bonjour Fatima", None, [to])


def send_while_the_server_answers(mail_server, answer):
    """Send one email and run the worker while the server answers RCPT with ``answer``."""
    mail_server.inbox.refuse_recipients_with = answer
    send_test_email()
    run_worker()
    mail_server.inbox.refuse_recipients_with = None


def attempt_until_given_up(clock):
    """Run the worker, then wait for each next attempt, until none is left."""
    run_worker()
    while waiting := waiting_deliveries():
        clock.advance_past(waiting[0].run_after)
        run_worker()


def test_attempts_are_bounded_and_their_waits_grow(queued_mail, clock):
    queued_mail.stop()
    send_test_email()
    attempt_until_given_up(clock)

    tasks = deliveries()
    policy = settings.EMAIL_DELIVERY
    assert len(tasks) == policy["ATTEMPTS"]
    assert [task.args_kwargs["kwargs"].get("attempt", 1) for task in tasks] == list(
        range(1, policy["ATTEMPTS"] + 1)
    )
    assert [task.status for task in tasks[:-1]] == [TaskResultStatus.SUCCESSFUL] * (
        policy["ATTEMPTS"] - 1
    )
    assert all(task.return_value["delivered"] is False for task in tasks[:-1])
    given_up = tasks[-1]
    assert given_up.status == TaskResultStatus.FAILED
    assert given_up.exception_class_path == "tawiza.mail.tasks.UndeliverableEmail"
    assert "ConnectionRefusedError" in given_up.traceback

    waits = [
        (later.started_at - earlier.started_at).total_seconds()
        for earlier, later in zip(tasks, tasks[1:], strict=False)
    ]
    planned = [
        policy["FIRST_RETRY_AFTER"] * policy["BACKOFF"] ** n for n in range(len(waits))
    ]
    for wait, plan in zip(waits, planned, strict=True):
        assert plan <= wait <= plan * 1.1 + 2
    assert queued_mail.inbox.messages == []


def test_a_recipient_refused_for_good_is_not_tried_again(queued_mail):
    send_while_the_server_answers(queued_mail, "550 5.1.1 No such user here")
    [task] = deliveries()
    assert task.status == TaskResultStatus.FAILED
    assert "550" in task.traceback
    assert waiting_deliveries() == []


def test_a_temporary_refusal_is_tried_again_later(queued_mail, clock):
    send_while_the_server_answers(queued_mail, "451 4.3.0 Mailbox busy, try again later")
    [waiting] = waiting_deliveries()
    assert queued_mail.inbox.messages == []

    clock.advance_past(waiting.run_after)
    run_worker()
    [email] = queued_mail.inbox.to("fatima@example.com")
    assert email["Subject"] == "Votre commande"


def test_an_operator_resends_a_given_up_email_once(queued_mail):
    """``manage.py resend_failed_emails --all`` once the cause is fixed (docs/emails.md)."""
    send_while_the_server_answers(queued_mail, "550 5.7.1 Relaying denied")
    [given_up] = deliveries()
    assert given_up.status == TaskResultStatus.FAILED

    output = StringIO()
    call_command("resend_failed_emails", "--all", stdout=output)
    assert str(given_up.id) in output.getvalue()
    call_command("resend_failed_emails", "--all", stdout=output)
    assert output.getvalue().endswith("0 email(s) queued again.\n")
    run_worker()
    [email] = queued_mail.inbox.to("fatima@example.com")
    assert email["Subject"] == "Votre commande"
