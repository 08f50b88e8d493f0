"""The cooperative's decision on an artisan's profile, mailed in the artisan's language.

Queued once the decision is committed (artisans/self_service.py); delivered by the mail
queue like every email (docs/emails.md).
"""

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from shop.fulfilment.cooperatives import preferred_language
from shop.fulfilment.tasks import send_email

from .self_service_models import ProfileChange


@task()
def send_profile_decision(change_id: int):
    change = ProfileChange.objects.select_related("page", "submitted_by").get(pk=change_id)
    artisan = change.submitted_by
    if change.status == ProfileChange.Status.WAITING or not (artisan.is_active and artisan.email):
        return
    published = change.status == ProfileChange.Status.PUBLISHED
    language = preferred_language(artisan)
    with translation.override(language):
        if published:
            subject = _("Your profile is published")
            path = change.page.specific.url or reverse("maker_home")
        else:
            subject = _("Your profile was sent back by your cooperative")
            path = reverse("maker_profile")
        send_email(
            artisan.email,
            subject,
            "artisans/self_service/emails/profile_decision",
            {"change": change, "published": published, "path": path},
        )
