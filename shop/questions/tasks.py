"""The conversation's emails, each in its reader's language, through the mail queue.

The buyer's (acknowledgement, a maker's reply, the one-off piece's private link) are written
in ``Conversation.language``, the language of the page they asked from; the makers' notices
in each reader's preferred language (docs/emails.md, docs/questions.md).
"""

from django.conf import settings
from django.contrib.sites.models import Site
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from shop.fulfilment.cooperatives import preferred_language

from .models import Conversation, Message


def _send(to, subject, template, context):
    context = {**context, "site": Site.objects.get_current(), "subject": subject}
    EmailMessage(
        subject=subject,
        body=render_to_string(f"shop/questions/emails/{template}.txt", context),
        from_email=settings.OSCAR_FROM_EMAIL,
        to=[to],
    ).send()


@task()
def send_acknowledgement(conversation_id: int):
    conversation = Conversation.objects.select_related("artisan").get(pk=conversation_id)
    with translation.override(conversation.language):
        _send(
            conversation.buyer_email,
            _("Your message to %(maker)s") % {"maker": conversation.artisan.title},
            "acknowledgement",
            {"conversation": conversation, "path": conversation.buyer_path()},
        )


@task()
def send_reply(message_id: int):
    message = Message.objects.select_related("conversation__artisan").get(pk=message_id)
    conversation = message.conversation
    with translation.override(conversation.language):
        _send(
            conversation.buyer_email,
            _("%(maker)s answered you") % {"maker": conversation.artisan.title},
            "reply",
            {"conversation": conversation, "message": message, "path": conversation.buyer_path()},
        )


@task()
def send_piece_offer(conversation_id: int):
    conversation = Conversation.objects.select_related("artisan", "piece").get(pk=conversation_id)
    piece = conversation.piece
    stockrecord = piece.stockrecords.first()
    with translation.override(conversation.language):
        _send(
            conversation.buyer_email,
            _("Your custom piece from %(maker)s is ready to order")
            % {"maker": conversation.artisan.title},
            "piece",
            {
                "conversation": conversation,
                "piece": piece,
                "stockrecord": stockrecord,
                "path": conversation.piece_path(),
            },
        )


@task()
def notify_makers(message_id: int):
    """One notice per active manager of the cooperative, and one to the artisan's account."""
    message = Message.objects.select_related(
        "conversation__artisan__account", "conversation__cooperative"
    ).get(pk=message_id)
    conversation = message.conversation
    readers = {}
    for manager in conversation.cooperative.users.all():
        readers[manager.pk] = (manager, "dashboard")
    account = conversation.artisan.account
    if account is not None and account.pk not in readers:
        readers[account.pk] = (account, "phone")
    for reader, where in readers.values():
        if not (reader.is_active and reader.email):
            continue
        with translation.override(preferred_language(reader)):
            path = (
                reverse("questions_dashboard:questions-detail", kwargs={"pk": conversation.pk})
                if where == "dashboard"
                else reverse("questions:mine-detail", kwargs={"pk": conversation.pk})
            )
            subject = (
                _("A custom piece asked of %(maker)s")
                if conversation.is_custom
                else _("A question for %(maker)s")
            ) % {"maker": conversation.artisan.title}
            _send(
                reader.email,
                subject,
                "maker_notice",
                {"conversation": conversation, "message": message, "path": path},
            )
