"""What an artisan sends from their phone, waiting for their cooperative (docs/self-service.md).

``ProfileChange``: a Wagtail revision of the artisan's own page that a manager of their
cooperative publishes or sends back. ``FormToken``: the one-time token of a product form, so
that a POST sent twice over a slow connection makes one product.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ProfileChange(models.Model):
    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting for the cooperative")
        PUBLISHED = "published", _("Published")
        SENT_BACK = "sent_back", _("Sent back")

    page = models.ForeignKey(
        "artisans.ArtisanPage",
        verbose_name=_("artisan page"),
        on_delete=models.CASCADE,
        related_name="profile_changes",
    )
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.CASCADE, related_name="+")
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    submitted_at = models.DateTimeField(auto_now=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.WAITING, db_index=True
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        ordering = ["submitted_at", "pk"]
        verbose_name = _("profile change")
        constraints = [
            # One change waits per page: saving again replaces its revision.
            models.UniqueConstraint(
                fields=["page"],
                condition=models.Q(status="waiting"),
                name="one_waiting_profile_change_per_page",
            )
        ]

    def __str__(self):
        return f"{self.page} ({self.status})"


class FormToken(models.Model):
    """Used once: the first POST carrying it creates the product, a repeat finds it."""

    token = models.CharField(max_length=64, unique=True)
    account = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    product = models.ForeignKey(
        "catalogue.Product", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.token
