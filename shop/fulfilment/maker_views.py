"""The artisan's orders on a phone: the lines of the pieces they made, newest first, each
with one big button to say it is ready for the cooperative to collect
(site/templates/shop/fulfilment/maker_orders.html, docs/fulfilment.md).

Only artisans (a user linked to an ``ArtisanPage``) use these pages; anyone else signed in
gets a 404, like the other ``makers/`` pages. Another artisan's order number or line id is a
404 too, read or posted: the lookups start from the artisan's own lines.
"""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView
from oscar.apps.order.exceptions import InvalidShippingEvent
from oscar.core.loading import get_class, get_model

from shop.fulfilment.makers import is_artisan, maker_lines
from shop.order.models import READY_FOR_PICKUP
from shop.order.processing import AWAITING_PAYMENT, CANCELLED, READY

EventHandler = get_class("order.processing", "EventHandler")
ProductImage = get_model("catalogue", "ProductImage")
ShippingEventType = get_model("order", "ShippingEventType")

LINES_PER_PAGE = 20


class ArtisanRequiredMixin(LoginRequiredMixin):
    """Signed-in artisans only."""

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not is_artisan(request.user):
            raise Http404
        return super().dispatch(request, *args, **kwargs)


@method_decorator(never_cache, name="dispatch")  # private: no cache keeps it
class MakerOrdersView(ArtisanRequiredMixin, TemplateView):
    """All the artisan's lines (``maker_orders``), or those of one order (``maker_order``)."""

    template_name = "shop/fulfilment/maker_orders.html"

    def get_lines(self):
        lines = (
            maker_lines(self.request.user)
            .select_related("order__shipping_address__country", "product")
            .prefetch_related(
                "product__texts__locale",
                Prefetch(
                    "product__images", queryset=ProductImage.objects.order_by("display_order")
                ),
            )
            .order_by("-order__date_placed", "-order__pk", "pk")
        )
        if "number" in self.kwargs:
            lines = lines.filter(order__number=self.kwargs["number"])
        return lines

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        lines = self.get_lines()
        if "number" in self.kwargs:
            entries = list(lines)
            if not entries:
                raise Http404
            context["order"] = entries[0].order
            context["page_obj"] = None
        else:
            context["page_obj"] = Paginator(lines, LINES_PER_PAGE).get_page(
                self.request.GET.get("page")
            )
            entries = list(context["page_obj"])
            context["to_prepare"] = (
                maker_lines(self.request.user)
                .filter(status="Pending")
                .exclude(order__status__in=(AWAITING_PAYMENT, CANCELLED))
                .count()
            )
        context["entries"] = [describe(line) for line in entries]
        return context


def describe(line):
    """What the maker reads on a line's card, and whether its button is offered."""
    order = line.order
    # A cancelled or unpaid order says so on each of its lines: the maker should wait.
    status = order.status if order.status in (CANCELLED, AWAITING_PAYMENT) else line.status
    address = order.shipping_address
    return {
        "line": line,
        "order": order,
        "product": line.product,
        "image": line.product.primary_image() if line.product else None,
        "status": status,
        "city": address.line4 if address else "",
        "country": address.country if address and address.country_id != "MA" else None,
        "may_mark_ready": status == "Pending",
    }


@method_decorator(never_cache, name="dispatch")
class MarkReadyView(ArtisanRequiredMixin, View):
    """POST: the artisan's line is made and packed; the cooperative's managers are told."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated or not is_artisan(request.user):
            return super().dispatch(request, *args, **kwargs)
        # Looked up before the method is checked: a guessed line is a 404 whatever the verb.
        self.line = get_object_or_404(
            maker_lines(request.user).select_related("order", "product__artisan"),
            order__number=kwargs["number"],
            pk=kwargs["line_id"],
        )
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        line = self.line
        title = line.product.get_title() if line.product else line.title
        if line.status == READY:
            return self.already_ready(title)
        event_type = ShippingEventType.objects.get(code=READY_FOR_PICKUP)
        artisan = line.product.artisan if line.product else None
        try:
            EventHandler(user=request.user).handle_shipping_event(
                line.order,
                event_type,
                [line],
                [line.quantity],
                reference=artisan.title if artisan else request.user.get_username(),
            )
        except InvalidShippingEvent as refusal:
            line.refresh_from_db(fields=["status"])
            if line.status == READY:  # a second tap that waited for the first one
                return self.already_ready(title)
            messages.error(request, str(refusal))
            return self.back()
        messages.success(
            request,
            _("“%(product)s” is ready for pickup: the cooperative has been told.")
            % {"product": title},
        )
        return self.back()

    def already_ready(self, title):
        messages.info(
            self.request, _("“%(product)s” was already marked ready.") % {"product": title}
        )
        return self.back()

    def back(self):
        target = self.request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(
            target, allowed_hosts={self.request.get_host()}, require_https=self.request.is_secure()
        ) or not target.startswith("/"):
            target = reverse("maker_orders")
        return redirect(f"{target.split('#')[0]}#line-{self.line.pk}")
