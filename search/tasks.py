"""Background index updates (django-tasks: run at once in development and tests, by the
worker in production)."""

from django_tasks import task
from oscar.core.loading import get_model
from wagtail.search.backends import get_search_backend


@task()
def reindex_product(product_id: int):
    """Rewrite the search documents of one product's texts (every language).

    A product that no longer exists has no texts left: their documents were removed when
    the rows were deleted.
    """
    ProductText = get_model("catalogue", "ProductText")
    backend = get_search_backend()
    for text in ProductText.objects.filter(product_id=product_id).select_related(
        "product__artisan", "locale"
    ):
        backend.add(text)
