"""An artisan's own pages from their phone: whose profile, which products, what waits.

Every view of ``/<lang>/makers/me/`` starts from ``own_profile(user)``: the French (source)
``ArtisanPage`` whose ``account`` is the user. Products are looked up among that page's own
(``products_of``), so another artisan's id is simply not found (404), in any cooperative.
Profile edits become a Wagtail revision of the page in the artisan's language (else the
French page) and a ``ProfileChange`` the cooperative's manager publishes or sends back;
products follow ``shop/catalogue/approval.py`` (docs/self-service.md).
"""

import html
import logging
import re

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape, strip_tags
from oscar.core.loading import get_model
from wagtail.models import Locale
from wagtail.rich_text import RichText

from shop.catalogue.models import ApprovalStatus

from .self_service_models import ProfileChange

logger = logging.getLogger(__name__)
Product = get_model("catalogue", "Product")
MAX_PHOTOS = 4


class NotAnArtisan(Exception):
    """The signed-in user has no artisan profile of their own."""


def own_profile(user):
    """The French artisan page of ``user``, or ``NotAnArtisan``."""
    from .models import ArtisanPage

    if not user.is_authenticated:
        raise NotAnArtisan
    page = (
        ArtisanPage.objects.filter(account=user, locale__language_code=settings.LANGUAGE_CODE)
        .order_by("pk")
        .first()
    )
    if page is None:
        raise NotAnArtisan
    return page


def page_to_edit(source, language_code):
    """The translation in the artisan's language if there is one, else the French page."""
    if language_code == source.locale.language_code:
        return source
    locale = Locale.objects.filter(language_code=language_code).first()
    translation = source.get_translation_or_none(locale) if locale else None
    return (translation or source).specific


def partner_of(source):
    cooperative = source.get_parent().specific
    return getattr(cooperative, "partner", None)


def products_of(source):
    return (
        Product.objects.filter(artisan=source, parent__isnull=True)
        .prefetch_related("stockrecords", "images")
        .order_by("-date_created", "-pk")
    )


# The artisan's words for a product's review status.
WAITING, LIVE, SENT_BACK, HIDDEN = "waiting", "live", "sent_back", "hidden"


def product_state(product) -> str:
    if product.approval_status == ApprovalStatus.REJECTED:
        return SENT_BACK
    if product.approval_status in (ApprovalStatus.PENDING, ApprovalStatus.AWAITING_COOPERATIVE):
        return WAITING
    return LIVE if product.is_public else HIDDEN


def artisan_may_change_words(product) -> bool:
    """Words, price and photos of a product on sale change through the cooperative's
    manager: an artisan's edit must not reach buyers unreviewed, nor take a sold piece
    offline. The stock count is a fact and stays the artisan's."""
    return product.approval_status != ApprovalStatus.APPROVED


# Profile ---------------------------------------------------------------------------------


def story_as_text(story) -> str:
    """The story's paragraphs as plain text, a blank line between them."""
    paragraphs = []
    for block in story:
        if block.block_type != "paragraph":
            continue
        source = re.sub(r"<br\s*/?>", "\n", block.value.source)
        for part in re.split(r"</p>|</li>", source):
            text = html.unescape(strip_tags(part)).strip()
            if text:
                paragraphs.append(text)
    return "\n\n".join(paragraphs)


def story_from_text(text, old_story):
    """Paragraph blocks from ``text``; the story's images and quotes are kept, after them."""
    blocks = []
    for paragraph in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        paragraph = paragraph.strip()
        if paragraph:
            lines = "<br/>".join(escape(line.strip()) for line in paragraph.split("\n"))
            blocks.append(("paragraph", RichText(f"<p>{lines}</p>")))
    blocks += [
        (block.block_type, block.value) for block in old_story if block.block_type != "paragraph"
    ]
    return blocks


def waiting_change(source):
    """The profile change of any language of ``source`` still waiting for the cooperative."""
    return (
        ProfileChange.objects.filter(
            page__translation_key=source.translation_key, status=ProfileChange.Status.WAITING
        )
        .select_related("page", "revision")
        .first()
    )


def submit_profile(page, user):
    """Save ``page`` (edited, unsaved) as a revision for the cooperative; not published."""
    with transaction.atomic():
        revision = page.save_revision(user=user, log_action=True)
        change, created = ProfileChange.objects.select_for_update().get_or_create(
            page=page,
            status=ProfileChange.Status.WAITING,
            defaults={"revision": revision, "submitted_by": user},
        )
        if not created:
            change.revision = revision
            change.submitted_by = user
            change.save(update_fields=["revision", "submitted_by", "submitted_at"])
    return change


def changes_waiting_for(user):
    """The profile changes of the artisans of ``user``'s cooperatives (staff: all)."""
    from shop.catalogue.ownership import manager_artisans

    keys = manager_artisans(user).values("translation_key")
    return (
        ProfileChange.objects.filter(
            status=ProfileChange.Status.WAITING, page__translation_key__in=keys
        )
        .select_related("page", "page__locale", "submitted_by", "revision")
        .order_by("submitted_at", "pk")
    )


def publish_change(change, manager):
    with transaction.atomic():
        change = ProfileChange.objects.select_for_update().get(pk=change.pk)
        if change.status != ProfileChange.Status.WAITING:
            return change
        # The cooperative's review is this decision (docs/self-service.md): a manager may
        # publish their own artisans' profile changes here, though Wagtail gives them no
        # publish permission on pages; the caller has scoped the change to their artisans.
        change.revision.publish(user=manager, skip_permission_checks=True)
        change.status = ProfileChange.Status.PUBLISHED
        change.decided_by = manager
        change.decided_at = timezone.now()
        change.save()
        transaction.on_commit(lambda: _queue_profile_email(change.pk))
    return change


def send_back_change(change, manager, reason):
    if not reason.strip():
        raise ValueError("Sending a profile back needs a reason the artisan can act on.")
    with transaction.atomic():
        change = ProfileChange.objects.select_for_update().get(pk=change.pk)
        if change.status != ProfileChange.Status.WAITING:
            return change
        change.status = ProfileChange.Status.SENT_BACK
        change.reason = reason.strip()
        change.decided_by = manager
        change.decided_at = timezone.now()
        change.save()
        transaction.on_commit(lambda: _queue_profile_email(change.pk))
    return change


def last_sent_back(source):
    return (
        ProfileChange.objects.filter(page__translation_key=source.translation_key)
        .order_by("-submitted_at", "-pk")
        .first()
    )


def _queue_profile_email(change_id):
    from .tasks import send_profile_decision

    try:
        send_profile_decision.enqueue(change_id)
    except Exception:
        logger.exception("Profile change %s: could not queue the decision email", change_id)


def remember_language(user, language_code):
    """Mails to the artisan (decisions) go out in the language they use these pages in."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    if profile.preferred_language != language_code:
        profile.preferred_language = language_code
        profile.save(update_fields=["preferred_language"])
