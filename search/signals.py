"""Keep product documents current when what they show changes.

Pages need nothing here: Wagtail indexes a page when it is published and removes it when
it is unpublished or deleted. A product's search documents are its ``ProductText`` rows,
which Wagtail indexes when they are saved; a change of the product itself (its maker) or
of its stock re-indexes them through a task. Price and availability on the results page
are always read from the database, so a sold-out product shows as such at once.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from oscar.core.loading import get_model

from .tasks import reindex_product

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")


def _enqueue(product_id):
    # As Wagtail's own index updates: enqueued at once (the database task backend's row is
    # written in the same transaction as the change).
    if product_id is not None:
        reindex_product.enqueue(product_id)


@receiver(post_save, sender=StockRecord)
@receiver(post_delete, sender=StockRecord)
def reindex_after_stock_change(sender, instance, raw=False, **kwargs):
    if not raw:
        _enqueue(instance.product_id)


@receiver(post_save, sender=Product)
def reindex_after_product_change(sender, instance, raw=False, created=False, **kwargs):
    if not raw and not created:
        _enqueue(instance.pk)
