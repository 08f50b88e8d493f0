"""Queue again the emails that were given up on, once what stopped them is fixed.

A given-up email is a failed ``deliver_email`` task (docs/emails.md): refused for good by the
server, or still failing after the last attempt. Each is queued as a fresh first attempt,
once: the new message remembers the task it resends, so running the command twice does not
send an email twice.
"""

from django.core.management.base import BaseCommand, CommandError
from django_tasks_db.models import DBTaskResult

from tawiza.mail.tasks import deliver_email

DELIVERY_TASK = deliver_email.module_path


class Command(BaseCommand):
    help = "Queue again the emails given up on (failed deliver_email tasks)."

    def add_arguments(self, parser):
        parser.add_argument("task_ids", nargs="*", help="the failed tasks' ids (see the log)")
        parser.add_argument(
            "--all",
            action="store_true",
            dest="resend_all",
            help="every given-up email not already resent",
        )

    def handle(self, *, task_ids, resend_all, **options):
        if not (task_ids or resend_all):
            raise CommandError("Name the failed tasks' ids, or pass --all.")
        deliveries = DBTaskResult.objects.filter(task_path=DELIVERY_TASK)
        already_resent = {
            task.args_kwargs["args"][0].get("resend_of") for task in deliveries.only("args_kwargs")
        }
        given_up = deliveries.failed().order_by("finished_at")
        if task_ids:
            given_up = given_up.filter(id__in=task_ids)
        resent = 0
        for task in given_up:
            if str(task.id) in already_resent:
                continue
            message = {**task.args_kwargs["args"][0], "resend_of": str(task.id)}
            deliver_email.enqueue(message)
            resent += 1
            self.stdout.write(
                f"{task.id}: {message['subject']!r} to {', '.join(message['recipients'])}"
            )
        self.stdout.write(f"{resent} email(s) queued again.")
