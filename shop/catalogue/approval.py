"""Staff approval of products that people other than staff add: the one place it is decided.

A product a cooperative manager adds waits for staff before buyers see it (docs/
product-approval.md). The rule every public list already follows is ``is_public``; a
product that is not approved can never be public (``Product.save`` and a database
constraint), so the catalogue, categories, search on either backend, the sitemap, story
blocks and the product page (404) leave it out without knowing about approval.

API (issue 15 builds artisans' own products on it):

- ``needs_approval(user)``: does what this user adds wait for staff? (not staff: yes)
- ``submit(product, user)``: the product waits for staff (new, or rejected and edited again);
  ``mark_submitted`` does the same without saving, for a form that saves it
- ``approve(product, staff)`` / ``reject(product, staff, reason)``: staff's decision, mailed
  to whoever submitted it, in their language, once the decision is committed
- ``awaiting_approval()``: the products staff still have to look at, oldest first
- ``may_preview(user, product)``: staff and the product's own cooperative managers see its
  page before it is public

Artisans' own products (issue 15, docs/self-service.md) take one more step, before the
cooperative: ``submit_to_cooperative(product, artisan_user)`` puts the product in
``AWAITING_COOPERATIVE``; a manager of the artisan's cooperative then either vouches for it
(``cooperative_approve``: it goes to staff as ``PENDING``, exactly like a product the manager
added; staff deciding at this step approve it outright) or sends it back with a reason
(``cooperative_send_back``: ``REJECTED``, mailed to the artisan). Staff's own decision is
mailed to ``submitted_by``, the artisan. ``awaiting_cooperative(user)`` lists what a manager
has to look at. Nothing here sets ``is_public`` except ``approve``.
"""

import logging

from django.db import transaction
from django.utils import timezone
from oscar.core.loading import get_model

from .models import ApprovalStatus
from .ownership import products_of_manager

logger = logging.getLogger(__name__)

Product = get_model("catalogue", "Product")


def needs_approval(user) -> bool:
    return not user.is_staff


def mark_submitted(product, user) -> None:
    """Set ``product`` waiting for staff, unsaved (a form saves it with its other fields)."""
    product.approval_status = ApprovalStatus.PENDING
    product.submitted_by = user
    product.approval_decided_by = None
    product.approval_decided_at = None
    product.rejection_reason = ""
    product.is_public = False


def submit(product, user) -> None:
    """Put ``product`` before staff: hidden from buyers until someone approves it."""
    mark_submitted(product, user)
    product.save()


def submit_to_cooperative(product, user) -> None:
    """Set an artisan's product (unsaved) waiting for their cooperative's manager."""
    mark_submitted(product, user)
    product.approval_status = ApprovalStatus.AWAITING_COOPERATIVE


def cooperative_approve(product, manager):
    """A manager vouches for an artisan's product: it goes before staff (staff: approved)."""
    if manager.is_staff:
        return approve(product, manager)
    with transaction.atomic():
        product = Product.objects.select_for_update().get(pk=product.pk)
        if product.approval_status != ApprovalStatus.AWAITING_COOPERATIVE:
            return product
        product.approval_status = ApprovalStatus.PENDING
        product.save()
    return product


def cooperative_send_back(product, manager, reason: str):
    """A manager sends an artisan's product back, with a reason mailed to the artisan."""
    return reject(product, manager, reason)


def awaiting_cooperative(user):
    """The artisans' products waiting for ``user``'s cooperatives (staff: every one)."""
    from .ownership import manager_artisans

    return (
        Product.objects.filter(
            approval_status=ApprovalStatus.AWAITING_COOPERATIVE,
            artisan__in=manager_artisans(user),
        )
        .select_related("artisan", "submitted_by", "product_class")
        .order_by("date_updated", "pk")
    )


def approve(product, staff):
    return _decide(product, staff, ApprovalStatus.APPROVED, reason="")


def reject(product, staff, reason: str):
    if not reason.strip():
        raise ValueError("A rejection needs a reason the manager can act on.")
    return _decide(product, staff, ApprovalStatus.REJECTED, reason=reason.strip())


def _decide(product, staff, status, reason):
    with transaction.atomic():
        # Locked so that two staff deciding at once send one consistent message each.
        product = Product.objects.select_for_update().get(pk=product.pk)
        product.approval_status = status
        product.approval_decided_by = staff
        product.approval_decided_at = timezone.now()
        product.rejection_reason = reason
        product.is_public = status == ApprovalStatus.APPROVED
        product.save()
        if product.submitted_by_id:
            transaction.on_commit(lambda: _queue_decision_email(product.pk))
    return product


def _queue_decision_email(product_id):
    from .tasks import send_approval_decision

    try:
        send_approval_decision.enqueue(product_id)
    except Exception:
        # The decision stands; the undelivered-email report and the logs tell staff.
        logger.exception("Product %s: could not queue the approval decision email", product_id)


def awaiting_approval():
    return (
        Product.objects.filter(approval_status=ApprovalStatus.PENDING)
        .select_related("artisan", "submitted_by", "product_class")
        .order_by("date_updated", "pk")
    )


def may_preview(user, product) -> bool:
    if not user.is_authenticated:
        return False
    if user.is_staff:
        return True
    return products_of_manager(user).filter(pk=product.pk).exists()
