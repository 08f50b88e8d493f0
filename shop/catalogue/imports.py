"""A catalogue import sent from the dashboard, run by the task worker (shop/catalogue/tasks.py).

The file is kept until the import has run; the figures and every bad row's reason (in the
sender's language) stay on the record so the status page can show them.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def import_file_path(instance, filename):
    extension = filename.rsplit(".", 1)[-1].lower()
    return f"catalogue-imports/{uuid.uuid4().hex}.{extension}"


class CatalogueImport(models.Model):
    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting")
        RUNNING = "running", _("Running")
        DONE = "done", _("Imported")
        REFUSED = "refused", _("Refused: nothing imported")

    partner = models.ForeignKey(
        "partner.Partner", verbose_name=_("cooperative"), on_delete=models.CASCADE
    )
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    language = models.CharField(max_length=16)
    file = models.FileField(upload_to=import_file_path)
    file_name = models.CharField(_("file"), max_length=255)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.WAITING)
    rows = models.PositiveIntegerField(default=0)
    created = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True)
    sent_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "catalogue"
        ordering = ["-sent_at"]
        verbose_name = _("catalogue import")

    def __str__(self):
        return self.file_name

    @property
    def finished(self):
        return self.status in (self.Status.DONE, self.Status.REFUSED)

    def progress_key(self):
        return f"catalogue-import:{self.pk}:progress"
