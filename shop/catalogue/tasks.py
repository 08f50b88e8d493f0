"""Staff's decision on a product, mailed to the manager who submitted it, in their language.

Queued once the decision is committed (shop/catalogue/approval.py); delivery goes through the
mail queue like every email (docs/emails.md).
"""

import logging
from dataclasses import asdict

from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task
from oscar.core.loading import get_model

from shop.fulfilment.cooperatives import preferred_language
from shop.fulfilment.tasks import send_email

from .models import ApprovalStatus

Product = get_model("catalogue", "Product")

logger = logging.getLogger(__name__)
PROGRESS_EVERY = 25  # rows between two progress updates
PROGRESS_TTL = 60 * 60


@task()
def send_approval_decision(product_id: int):
    product = Product.objects.select_related("submitted_by", "artisan").get(pk=product_id)
    manager = product.submitted_by
    if manager is None or not (manager.is_active and manager.email):
        return
    approved = product.approval_status == ApprovalStatus.APPROVED
    if product.approval_status in (ApprovalStatus.PENDING, ApprovalStatus.AWAITING_COOPERATIVE):
        return  # edited and submitted again before this ran: the decision no longer holds
    # An artisan's own product (docs/self-service.md): they correct it on their phone pages.
    by_artisan = product.artisan is not None and product.artisan.account_id == manager.pk
    with translation.override(preferred_language(manager)):
        title = product.get_title()
        if approved:
            subject = _("“%(title)s” is approved and on sale") % {"title": title}
            path = product.get_absolute_url()
        else:
            subject = _("“%(title)s” was not approved") % {"title": title}
            if by_artisan:
                path = reverse("maker_product_edit", kwargs={"pk": product.pk})
            else:
                path = reverse("dashboard:catalogue-product", kwargs={"pk": product.pk})
        send_email(
            manager.email,
            subject,
            "shop/catalogue/emails/approval_decision",
            {
                "product": product,
                "title": title,
                "approved": approved,
                "path": path,
                "by_artisan": by_artisan,
            },
        )


@task()
def run_catalogue_import(import_id: int):
    """Check then import a file sent from the dashboard, keeping its progress in the cache
    (the import's transaction hides its rows from the status page until the end)."""
    from .importing import check, import_rows
    from .imports import CatalogueImport

    job = CatalogueImport.objects.select_related("partner", "sent_by").get(pk=import_id)
    if job.status != CatalogueImport.Status.WAITING:
        return  # already run: a retried task must not import twice
    CatalogueImport.objects.filter(pk=job.pk).update(status=CatalogueImport.Status.RUNNING)

    def progress(phase):
        def report(done, total):
            if done == total or done % PROGRESS_EVERY == 0:
                value = {"phase": phase, "done": done, "total": total}
                cache.set(job.progress_key(), value, PROGRESS_TTL)

        return report

    with translation.override(job.language):
        try:
            with job.file.open("rb") as upload:
                data = upload.read()
            report = check(job.file_name, data, job.partner, progress("check"))
            if not report.errors:
                import_rows(report, job.partner, job.sent_by, progress("import"))
            errors = [asdict(error) for error in report.errors]
        except Exception:
            logger.exception("Catalogue import %s failed", job.pk)
            report = None
            errors = [
                {
                    "row": 0,
                    "column": "",
                    "message": _(
                        "The import stopped on an unexpected error and nothing was imported. "
                        "Please try again; if it happens again, tell the Tawiza team."
                    ),
                }
            ]
    job.status = CatalogueImport.Status.REFUSED if errors else CatalogueImport.Status.DONE
    job.rows = report.total if report else 0
    job.created = report.created if report else 0
    job.updated = report.updated if report else 0
    job.errors = errors
    job.finished_at = timezone.now()
    job.save()
    job.file.delete(save=True)  # the products are in the shop now; the file is not needed
    cache.delete(job.progress_key())
