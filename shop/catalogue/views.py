"""Oscar's product page, shown before approval to the people who may preview it.

Buyers get a 404 for a product that is not public (Oscar's rule); staff and the product's
own cooperative managers see it, so a manager can check what staff will approve
(shop/catalogue/approval.py).
"""

from oscar.apps.catalogue import views

from .approval import may_preview


class ProductDetailView(views.ProductDetailView):
    def is_viewable(self, product, request):
        return super().is_viewable(product, request) or may_preview(request.user, product)
