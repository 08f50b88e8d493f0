"""A real SMTP server on 127.0.0.1, the database task queue and its worker, and a clock.

The site's own mail path is put back in place of Django's test outbox: messages are queued
by ``QueuedEmailBackend``, stored by django-tasks-db, and delivered by its worker over SMTP to
an aiosmtpd server that a test can stop and start again on the same port.
"""

import socket
from datetime import timedelta
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

DELIVERY_TASK = "tawiza.mail.tasks.deliver_email"


class Inbox:
    """What the SMTP server accepted: one parsed message per delivery, with its envelope."""

    def __init__(self):
        self.messages = []
        self.refuse_recipients_with = None  # e.g. "550 5.1.1 No such user"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse_recipients_with:
            return self.refuse_recipients_with
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content, policy=policy.default)
        message.envelope_recipients = list(envelope.rcpt_tos)
        self.messages.append(message)
        return "250 Message accepted for delivery"

    def to(self, address):
        return [message for message in self.messages if address in message.envelope_recipients]


class MailServer:
    def __init__(self):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.inbox = Inbox()
        self.controller = None

    def start(self):
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def mail_server():
    server = MailServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def queued_mail(settings, mail_server, monkeypatch):
    """The production mail path: the database task queue, delivering to ``mail_server``."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_BACKEND = "tawiza.mail.backend.QueuedEmailBackend"
    settings.EMAIL_DELIVERY = {
        **settings.EMAIL_DELIVERY,
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
    }
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = mail_server.port
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5
    # The worker checks its connection between tasks, as a long-running process must; inside
    # the test's transaction that check would close it, so it is left out here.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    return mail_server


def run_worker():
    """``manage.py db_worker --batch``: run every task that is due, then stop."""
    db_worker.Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    ).run()


def deliveries():
    """The delivery tasks, oldest first."""
    return list(DBTaskResult.objects.filter(task_path=DELIVERY_TASK).order_by("enqueued_at"))


def waiting_deliveries():
    return [task for task in deliveries() if task.status == TaskResultStatus.READY]


class Clock:
    """Moves the site's clock (``timezone.now``) forward, as the worker would see it later."""

    def __init__(self, monkeypatch):
        self.monkeypatch = monkeypatch
        self.offset = timedelta()
        self.real_now = timezone.now

    def advance(self, delta):
        self.offset += delta
        offset, real_now = self.offset, self.real_now
        self.monkeypatch.setattr(timezone, "now", lambda: real_now() + offset)

    def advance_past(self, moment):
        self.advance(moment - timezone.now() + timedelta(seconds=1))


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch)


def text_of(message):
    return message.get_body(preferencelist=("plain",)).get_content()


def html_of(message):
    return message.get_body(preferencelist=("html",)).get_content()


@pytest.fixture
def weaver(settings):
    """The weavers' manager (a demo account, which logs in only with DEBUG on)."""
    from django.contrib.auth import get_user_model

    from tests.fulfilment.conftest import WEAVERS

    settings.DEBUG = True
    return get_user_model().objects.get(username=f"coop-{WEAVERS}")
