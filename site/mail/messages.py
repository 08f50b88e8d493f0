"""A message as the task queue stores it: the finished MIME text and its envelope.

The message is rendered once, when the site sends it, so every attempt delivers the same
bytes (same Date and Message-ID: a server that received an earlier attempt can tell).
"""

import base64
from email import message_from_bytes
from email.generator import BytesGenerator
from email.message import Message
from io import BytesIO

from django.core.mail import EmailMessage


def to_payload(message: EmailMessage) -> dict:
    """What ``deliver_email`` needs, as JSON the task queue can store."""
    return {
        "subject": str(message.subject),
        "from_email": message.from_email,
        "to": [str(address) for address in message.to],
        "recipients": list(message.recipients()),
        "mime": base64.b64encode(message.message().as_bytes()).decode("ascii"),
    }


class RenderedMessage(Message):
    """The parsed MIME text, written back as it came (Django's SMTP backend asks for CRLF)."""

    def as_bytes(self, unixfrom=False, linesep="\n"):
        buffer = BytesIO()
        BytesGenerator(buffer, mangle_from_=False).flatten(self, unixfrom=unixfrom, linesep=linesep)
        return buffer.getvalue()


class PreparedEmail(EmailMessage):
    """An already rendered message, sent by any Django email backend as it was queued."""

    def __init__(self, payload: dict):
        super().__init__(
            subject=payload["subject"], from_email=payload["from_email"], to=payload["to"]
        )
        self.mime = base64.b64decode(payload["mime"])
        self.envelope_recipients = payload["recipients"]

    def recipients(self):
        return self.envelope_recipients

    def message(self):
        return message_from_bytes(self.mime, _class=RenderedMessage)
