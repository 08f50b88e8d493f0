"""The site's EMAIL_BACKEND: it queues each message instead of opening a connection."""

import logging

from django.core.mail.backends.base import BaseEmailBackend

from tawiza.mail.messages import to_payload

logger = logging.getLogger(__name__)


class QueuedEmailBackend(BaseEmailBackend):
    """Queue every message as one ``deliver_email`` task; a request never waits on SMTP.

    With the database task backend the message is written in the request's own transaction:
    it leaves only if what the request did is committed.
    """

    def send_messages(self, email_messages):
        from tawiza.mail.tasks import deliver_email

        queued = 0
        for message in email_messages:
            if not message.recipients():
                continue
            try:
                deliver_email.enqueue(to_payload(message))
            except Exception:
                if not self.fail_silently:
                    raise
                logger.exception("Could not queue the email %r", str(message.subject))
            else:
                queued += 1
        return queued
