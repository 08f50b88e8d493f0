"""Oscar's review views, overridden at the same module path (Oscar's class loader).

- Writing a review needs a delivered purchase (``eligibility.may_review``); anyone else is
  sent back to the product page with a polite, translated explanation.
- Reviews are moderated (``OSCAR_MODERATE_REVIEWS``): a review is shown, voted on or opened
  by its URL only once staff have approved it in the dashboard.
"""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from oscar.apps.catalogue.reviews import views
from oscar.core.loading import get_model

from .eligibility import has_received

ProductReview = get_model("reviews", "ProductReview")


class CreateProductReview(views.CreateProductReview):
    def dispatch(self, request, *args, **kwargs):
        product = get_object_or_404(self.product_model, pk=kwargs["product_pk"], is_public=True)
        if not has_received(request.user, product):
            messages.info(
                request,
                _(
                    "Reviews are written by buyers who have received the product: "
                    "you can review this one once your order has been delivered."
                ),
            )
            return redirect(product.get_absolute_url())
        return super().dispatch(request, *args, **kwargs)

    def get_success_url(self):
        if settings.OSCAR_MODERATE_REVIEWS:
            messages.success(
                self.request,
                _("Thank you for your review. It will appear once our team has read it."),
            )
            return self.product.get_absolute_url()
        return super().get_success_url()


class ProductReviewDetail(views.ProductReviewDetail):
    def get_queryset(self):
        return ProductReview.objects.approved().filter(product_id=self.kwargs["product_pk"])


class AddVoteView(views.AddVoteView):
    def post(self, request, *args, **kwargs):
        get_object_or_404(
            ProductReview.objects.approved(),
            pk=kwargs["pk"],
            product_id=kwargs["product_pk"],
        )
        return super().post(request, *args, **kwargs)
