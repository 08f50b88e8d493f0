"""Oscar's product views with the approval step, and staff's "Products awaiting approval".

A cooperative manager reaches only their cooperative's products (``utils.py``: a guessed id
is a 404, as in Oscar); what they add is saved hidden and listed for staff, who approve it
or send it back with a reason (shop/catalogue/approval.py).
"""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import generic
from oscar.apps.dashboard.catalogue import views

from shop.catalogue import approval
from shop.catalogue.models import ApprovalStatus

from .forms import ApprovalDecisionForm


class ProductCreateUpdateView(views.ProductCreateUpdateView):
    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["user"] = self.request.user
        return kwargs

    def get_success_url(self):
        url = super().get_success_url()
        if self.object.approval_status == ApprovalStatus.PENDING and approval.needs_approval(
            self.request.user
        ):
            messages.info(
                self.request,
                _("Staff will check this product before buyers can see it; you will get an email."),
            )
        return url


class ProductApprovalListView(generic.ListView):
    template_name = "oscar/dashboard/catalogue/product_approval_list.html"
    context_object_name = "products"
    paginate_by = 50

    def get_queryset(self):
        return approval.awaiting_approval()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        invalid = kwargs.get("invalid_form")
        context["rows"] = [
            (
                product,
                invalid
                if invalid is not None and invalid.product_pk == product.pk
                else ApprovalDecisionForm(prefix=f"product-{product.pk}"),
            )
            for product in context["products"]
        ]
        return context


class ProductApprovalDecisionView(generic.View):
    """Approve or reject one product (POST from the list); a rejection without a reason
    shows the list again with the error next to what was typed."""

    http_method_names = ["post"]

    def post(self, request, pk):
        product = get_object_or_404(approval.Product, pk=pk)
        form = ApprovalDecisionForm(request.POST, prefix=f"product-{pk}")
        if product.approval_status != ApprovalStatus.PENDING:
            messages.warning(request, _("This product was already decided on."))
            return HttpResponseRedirect(reverse("dashboard:catalogue-product-approval-list"))
        if not form.is_valid():
            form.product_pk = product.pk
            messages.error(request, _("Nothing was changed: please correct the form below."))
            listing = ProductApprovalListView()
            listing.setup(request)
            listing.object_list = listing.get_queryset()
            return listing.render_to_response(listing.get_context_data(invalid_form=form))
        title = product.get_title()
        if form.cleaned_data["decision"] == ApprovalDecisionForm.APPROVE:
            approval.approve(product, request.user)
            messages.success(request, _("“%(title)s” is approved and public.") % {"title": title})
        else:
            approval.reject(product, request.user, form.cleaned_data["reason"])
            messages.success(
                request,
                _("“%(title)s” is rejected; its manager is told why.") % {"title": title},
            )
        return HttpResponseRedirect(reverse("dashboard:catalogue-product-approval-list"))
