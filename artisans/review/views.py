"""The manager's review of what their cooperative's artisans sent (docs/self-service.md).

One list: profile changes (Wagtail revisions, published on approval) and products (which go
on to staff, shop/catalogue/approval.py). Each has approve / send back with a reason; the
artisan gets the decision by email in their language. A change of another cooperative is
not in the manager's list and its id is a 404.
"""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import generic

from shop.catalogue import approval

from .. import self_service as ss
from ..self_service_forms import DecisionForm


class ReviewListView(generic.TemplateView):
    template_name = "artisans/review/list.html"

    def get_context_data(self, invalid=None, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user

        def form_for(kind, pk):
            if invalid is not None and invalid.target == (kind, pk):
                return invalid
            return DecisionForm(prefix=f"{kind}-{pk}")

        changes = list(ss.changes_waiting_for(user))
        for change in changes:
            change.proposed = change.revision.as_object()
            change.proposed_story = ss.story_as_text(change.proposed.story)
        context["profiles"] = [(change, form_for("profile", change.pk)) for change in changes]
        context["products"] = [
            (product, form_for("product", product.pk))
            for product in approval.awaiting_cooperative(user).prefetch_related(
                "stockrecords", "images"
            )
        ]
        return context


class _DecisionView(generic.View):
    http_method_names = ["post"]
    kind = ""

    def get_target(self, pk):
        raise NotImplementedError

    def post(self, request, pk):
        target = self.get_target(pk)
        form = DecisionForm(request.POST, prefix=f"{self.kind}-{pk}")
        if not form.is_valid():
            form.target = (self.kind, pk)
            messages.error(request, _("Nothing was changed: please correct the form below."))
            listing = ReviewListView()
            listing.setup(request)
            return listing.render_to_response(listing.get_context_data(invalid=form))
        if form.cleaned_data["decision"] == DecisionForm.APPROVE:
            self.approve(target)
        else:
            self.send_back(target, form.cleaned_data["reason"])
        return HttpResponseRedirect(reverse("maker_review:review-list"))


class ProductDecisionView(_DecisionView):
    kind = "product"

    def get_target(self, pk):
        return get_object_or_404(approval.awaiting_cooperative(self.request.user), pk=pk)

    def approve(self, product):
        approval.cooperative_approve(product, self.request.user)
        if self.request.user.is_staff:
            message = _("“%(title)s” is approved and public.")
        else:
            message = _("“%(title)s” goes to the Tawiza team for a last check.")
        messages.success(self.request, message % {"title": product.get_title()})

    def send_back(self, product, reason):
        approval.cooperative_send_back(product, self.request.user, reason)
        messages.success(
            self.request,
            _("“%(title)s” is sent back; the artisan is told why.")
            % {"title": product.get_title()},
        )


class ProfileDecisionView(_DecisionView):
    kind = "profile"

    def get_target(self, pk):
        return get_object_or_404(ss.changes_waiting_for(self.request.user), pk=pk)

    def approve(self, change):
        ss.publish_change(change, self.request.user)
        messages.success(
            self.request, _("%(name)s's profile is published.") % {"name": change.page.title}
        )

    def send_back(self, change, reason):
        ss.send_back_change(change, self.request.user, reason)
        messages.success(
            self.request,
            _("%(name)s's profile is sent back; they are told why.") % {"name": change.page.title},
        )
