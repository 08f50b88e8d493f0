"""The admin's "Undelivered emails" report: what waits for a retry and what was given up on.

Read from django-tasks-db's task results, the same rows the worker runs (docs/emails.md).
Given-up emails are queued again with ``manage.py resend_failed_emails``.
"""

from django.utils.translation import gettext_lazy as _
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from tawiza.mail.tasks import deliver_email

STATUS_LABELS = {
    TaskResultStatus.READY: _("Waiting to be retried"),
    TaskResultStatus.RUNNING: _("Being sent"),
    TaskResultStatus.FAILED: _("Given up"),
}

permission_policy = ModelPermissionPolicy(DBTaskResult)


def message_of(task):
    return task.args_kwargs["args"][0]


def attempt_of(task):
    return task.args_kwargs["kwargs"].get("attempt", 1)


def last_error(task):
    """The last line of the traceback: the server's answer or the network error."""
    lines = task.traceback.strip().splitlines()
    return lines[-1] if lines else ""


def next_attempt_at(task):
    return task.run_after if task.status == TaskResultStatus.READY else None


class UndeliveredEmailsView(ReportView):
    page_title = _("Undelivered emails")
    header_icon = "mail"
    index_url_name = "tawiza_undelivered_emails"
    index_results_url_name = "tawiza_undelivered_emails_results"
    permission_policy = permission_policy
    permission_required = "view"
    columns = [
        Column("subject", label=_("Subject"), accessor=lambda task: message_of(task)["subject"]),
        Column(
            "recipients",
            label=_("Recipients"),
            accessor=lambda task: ", ".join(message_of(task)["recipients"]),
        ),
        Column("status", label=_("Status"), accessor=lambda task: STATUS_LABELS[task.status]),
        Column("attempt", label=_("Attempt"), accessor=lambda task: attempt_of(task)),
        DateColumn("run_after", label=_("Next attempt"), accessor=next_attempt_at),
        Column("error", label=_("Last error"), accessor=last_error),
    ]

    def get_queryset(self):
        return (
            DBTaskResult.objects.filter(task_path=deliver_email.module_path)
            .exclude(status=TaskResultStatus.SUCCESSFUL)
            .order_by("-enqueued_at")
        )
