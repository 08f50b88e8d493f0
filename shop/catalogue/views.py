"""Oscar's product page, shown before approval to the people who may preview it.

Buyers get a 404 for a product that is not public (Oscar's rule); staff and the product's
own cooperative managers see it, so a manager can check what staff will approve
(shop/catalogue/approval.py); so does the holder of a one-off piece's private link, whose
basket line links here (shop/questions).
"""

from oscar.apps.catalogue import views

from shop.questions.conversations import may_buy_private

from .approval import may_preview


class ProductDetailView(views.ProductDetailView):
    def is_viewable(self, product, request):
        return (
            super().is_viewable(product, request)
            or may_preview(request.user, product)
            or may_buy_private(request, product)
        )

    def get_queryset(self):
        """The product with what its page reads several times fetched once: its words in
        every language (``localized_text``), its stock records with their partner (Oscar's
        strategy is asked for the price, availability and fair share), its type."""
        return (
            super()
            .get_queryset()
            .select_related("product_class", "artisan")
            .prefetch_related("texts", "stockrecords__partner")
        )
