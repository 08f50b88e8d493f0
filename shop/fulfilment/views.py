"""The cooperative's phone page: its orders, only its lines, and the forms to ship them
(with a tracking number) and mark them delivered. Partner users only; big touch targets
(site/templates/shop/fulfilment/orders.html)."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from oscar.core.loading import get_model

from shop.fulfilment.cooperatives import cooperative_lines
from shop.fulfilment.forms import DeliverLinesForm, ShipLinesForm

Order = get_model("order", "Order")
Partner = get_model("partner", "Partner")

FORMS = {"ship": ShipLinesForm, "deliver": DeliverLinesForm}
ORDERS_SHOWN = 50


class CooperativeOrdersView(LoginRequiredMixin, TemplateView):
    template_name = "shop/fulfilment/orders.html"

    def dispatch(self, request, *args, **kwargs):
        if (
            request.user.is_authenticated
            and not Partner.objects.filter(users=request.user).exists()
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def own_lines(self):
        return cooperative_lines(self.request.user).prefetch_related("shipping_events__event_type")

    def get_orders(self):
        own = self.own_lines()
        orders = (
            Order.objects.filter(lines__in=own)
            .distinct()
            .select_related("shipping_address__country")
            .prefetch_related(Prefetch("lines", queryset=own.order_by("pk"), to_attr="own_lines"))
            .order_by("-date_placed")[:ORDERS_SHOWN]
        )
        return orders

    def get_context_data(self, bound=None, **kwargs):
        """``bound``: (order number, action, form) of a refused post, shown with its errors."""
        context = super().get_context_data(**kwargs)
        entries = []
        for order in self.get_orders():
            forms = {
                action: form_class(
                    order=order,
                    lines=self.own_lines().filter(order=order),
                    prefix=f"{action}-{order.pk}",
                )
                for action, form_class in FORMS.items()
            }
            if bound and bound[0] == order.number:
                forms[bound[1]] = bound[2]
            entries.append(
                {
                    "order": order,
                    "lines": order.own_lines,
                    "subtotal": sum(line.line_price_incl_tax for line in order.own_lines),
                    "ship_form": forms["ship"],
                    "deliver_form": forms["deliver"],
                }
            )
        context["entries"] = entries
        return context

    def post(self, request, *args, **kwargs):
        form_class = FORMS.get(kwargs.get("action"))
        order = Order.objects.filter(
            number=kwargs.get("number"), lines__in=cooperative_lines(request.user)
        ).first()
        if form_class is None or order is None:
            raise Http404
        form = form_class(
            request.POST,
            order=order,
            lines=self.own_lines().filter(order=order),
            prefix=f"{kwargs['action']}-{order.pk}",
        )
        if form.is_valid() and form.save(request.user):
            if kwargs["action"] == "ship":
                messages.success(
                    request, _("Order %(number)s: marked shipped.") % {"number": order.number}
                )
            else:
                messages.success(
                    request, _("Order %(number)s: marked delivered.") % {"number": order.number}
                )
            return redirect("fulfilment:orders")
        messages.error(request, _("Nothing was changed: please correct the form below."))
        context = self.get_context_data(bound=(order.number, kwargs["action"], form))
        return self.render_to_response(context)
