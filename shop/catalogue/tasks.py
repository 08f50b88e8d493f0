"""Staff's decision on a product, mailed to the manager who submitted it, in their language.

Queued once the decision is committed (shop/catalogue/approval.py); delivery goes through the
mail queue like every email (docs/emails.md).
"""

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task
from oscar.core.loading import get_model

from shop.fulfilment.cooperatives import preferred_language
from shop.fulfilment.tasks import send_email

from .models import ApprovalStatus

Product = get_model("catalogue", "Product")


@task()
def send_approval_decision(product_id: int):
    product = Product.objects.select_related("submitted_by").get(pk=product_id)
    manager = product.submitted_by
    if manager is None or not (manager.is_active and manager.email):
        return
    approved = product.approval_status == ApprovalStatus.APPROVED
    if product.approval_status == ApprovalStatus.PENDING:
        return  # edited and submitted again before this ran: the decision no longer holds
    with translation.override(preferred_language(manager)):
        title = product.get_title()
        if approved:
            subject = _("“%(title)s” is approved and on sale") % {"title": title}
            path = product.get_absolute_url()
        else:
            subject = _("“%(title)s” was not approved") % {"title": title}
            path = reverse("dashboard:catalogue-product", kwargs={"pk": product.pk})
        send_email(
            manager.email,
            subject,
            "shop/catalogue/emails/approval_decision",
            {"product": product, "title": title, "approved": approved, "path": path},
        )
