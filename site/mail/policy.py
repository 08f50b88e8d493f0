"""When a failed delivery is tried again, and when it is not (settings.EMAIL_DELIVERY).

Attempt n failed: the next one waits FIRST_RETRY_AFTER × BACKOFF^(n-1) seconds, plus up to a
tenth more so that a queue of messages does not hit a recovering server all at once. With
the defaults (8 attempts, 60 s, ×3) the waits are 1, 3, 9, 27, 81, 243 and 729 minutes:
the last attempt comes about 18 hours after the first.
"""

import random
import smtplib
from datetime import timedelta

from django.conf import settings


def max_attempts() -> int:
    return settings.EMAIL_DELIVERY["ATTEMPTS"]


def retry_delay(failed_attempt: int) -> timedelta:
    policy = settings.EMAIL_DELIVERY
    seconds = policy["FIRST_RETRY_AFTER"] * policy["BACKOFF"] ** (failed_attempt - 1)
    spread = 1 + random.random() / 10  # noqa: S311 (spreading load, not a secret)
    return timedelta(seconds=seconds * spread)


def is_permanent(error: BaseException) -> bool:
    """A failure that trying again will not cure: the server refused the message for good
    (a 5xx answer), or the message itself could not be sent (not a network error)."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _answer in error.recipients.values())
    if isinstance(error, smtplib.SMTPAuthenticationError):
        # Our own credentials: an operator who fixes them within the window loses nothing.
        return False
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code >= 500
    # Refused or dropped connections, timeouts, TLS errors: the server may come back.
    return not isinstance(error, smtplib.SMTPException | OSError)
