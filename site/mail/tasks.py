"""Delivery of queued emails, with retries while the mail server is unreachable.

A failed attempt queues the next one for later (``run_after``, which the database task
backend honours) and ends without error: its result records the failure and when the next
attempt runs. Only a message given up on ends as a failed task: refused for good, or still
failing after the last attempt. A task backend that cannot run tasks later (the immediate
backend of development) gets one attempt, and a failure is logged, never raised into the
request that sent the message.
"""

import logging

from django.conf import settings
from django.core.mail import get_connection
from django.utils import timezone
from django_tasks import task

from tawiza.mail import policy
from tawiza.mail.messages import PreparedEmail

logger = logging.getLogger(__name__)


class UndeliverableEmail(Exception):
    """The message was given up on; the task's traceback shows the server's last answer."""


@task()
def deliver_email(message: dict, attempt: int = 1):
    email = PreparedEmail(message)
    try:
        get_connection(settings.EMAIL_DELIVERY["BACKEND"]).send_messages([email])
    except Exception as error:
        return retry_later_or_give_up(message, attempt, error)
    logger.info("Email %s delivered on attempt %d", describe(message), attempt)
    return {"delivered": True, "attempt": attempt}


def retry_later_or_give_up(message: dict, attempt: int, error: Exception):
    what, why = describe(message), f"{type(error).__name__}: {error}"
    if policy.is_permanent(error):
        logger.error("Email %s failed on attempt %d, not retried: %s", what, attempt, why)
        raise UndeliverableEmail(f"Not retried: {why}") from error
    if attempt >= policy.max_attempts():
        logger.error("Email %s: attempt %d failed (%s); giving up", what, attempt, why)
        raise UndeliverableEmail(f"Still failing after {attempt} attempts: {why}") from error
    if not deliver_email.get_backend().supports_defer:
        logger.error(
            "Email %s not sent (%s): the task backend cannot try again later", what, why
        )
        raise UndeliverableEmail(f"Not retried by this task backend: {why}") from error
    run_after = timezone.now() + policy.retry_delay(attempt)
    retry = deliver_email.using(run_after=run_after).enqueue(message, attempt=attempt + 1)
    logger.warning(
        "Email %s: attempt %d of %d failed (%s); next attempt at %s",
        what,
        attempt,
        policy.max_attempts(),
        why,
        run_after.isoformat(timespec="seconds"),
    )
    return {
        "delivered": False,
        "attempt": attempt,
        "error": why,
        "next_attempt_at": run_after.isoformat(),
        "next_attempt_task": retry.id,
    }


def describe(message: dict) -> str:
    return f"{message['subject']!r} to {', '.join(message['recipients'])}"
