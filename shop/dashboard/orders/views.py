"""Oscar's orders dashboard, where a cooperative manager sees only their cooperative's lines.

Oscar already lists a partner user only the orders holding their partner's lines, but its
order detail shows every line, the order's totals, payments and notes (Oscar's issue #2324).
Here a manager (a partner user who is not staff):
- sees in the list their own items and subtotal, not the order's total;
- sees in the detail only their lines, and ships or delivers them (shop/fulfilment/forms.py);
- cannot act on the whole order (status, payments, notes) nor on a line of another
  cooperative: a guessed order number or line id is a 404.
Staff keep Oscar's full views.
"""

from django.contrib import messages
from django.db.models import Count, DecimalField, OuterRef, Subquery, Sum
from django.http import Http404
from django.utils.translation import gettext as _
from oscar.apps.dashboard.orders import views
from oscar.apps.order.exceptions import InvalidOrderStatus
from oscar.core.loading import get_model

from shop.fulfilment.cooperatives import is_cooperative_manager, lines_visible_to
from shop.fulfilment.forms import DeliverLinesForm, ShipLinesForm
from shop.order.processing import LINE_STATUS_AFTER

Line = get_model("order", "Line")

FULFILMENT_FORMS = {"ship": ShipLinesForm, "deliver": DeliverLinesForm}


def with_own_figures(orders, user):
    """Annotate each order with the manager's own items and subtotal."""
    own = Line.objects.filter(order=OuterRef("pk"), partner__users=user).values("order")
    return orders.annotate(
        own_items=Subquery(own.annotate(n=Sum("quantity")).values("n")),
        own_total=Subquery(
            own.annotate(total=Sum("line_price_incl_tax")).values("total"),
            output_field=DecimalField(max_digits=12, decimal_places=2),
        ),
        own_lines=Subquery(own.annotate(n=Count("pk")).values("n")),
    )


class OrderListView(views.OrderListView):
    def dispatch(self, request, *args, **kwargs):
        self.cooperative_view = is_cooperative_manager(request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.cooperative_view:
            queryset = with_own_figures(queryset, self.request.user)
        return queryset

    def get_actions(self):
        actions = super().get_actions()
        if self.cooperative_view:
            # A status applies to the whole order, other cooperatives' lines included.
            return {name: actions[name] for name in actions if name == "download_selected_orders"}
        return actions

    def change_order_status(self, request, order):
        """Oscar's bulk status change lets ``InvalidOrderStatus`` through (a 500) when the
        order changed meanwhile (``Order.set_status`` locks it): say so instead."""
        try:
            return super().change_order_status(request, order)
        except InvalidOrderStatus as error:
            messages.error(request, str(error))

    def get_objects(self, ids):
        objects = super().get_objects(ids)
        return with_own_figures(objects, self.request.user) if self.cooperative_view else objects

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["cooperative_view"] = self.cooperative_view
        return context

    def get_row_values(self, order):
        row = super().get_row_values(order)
        if self.cooperative_view:
            row["value"] = order.own_total
            row["num_items"] = order.own_items
        return row


class OrderDetailView(views.OrderDetailView):
    def dispatch(self, request, *args, **kwargs):
        self.cooperative_view = is_cooperative_manager(request.user)
        if self.cooperative_view:
            # Ships and deliveries only, through the fulfilment forms below.
            self.order_actions = ()
            self.line_actions = ()
        return super().dispatch(request, *args, **kwargs)

    def get_template_names(self):
        if self.cooperative_view:
            return ["oscar/dashboard/orders/order_detail_cooperative.html"]
        return super().get_template_names()

    def get_order_lines(self):
        return lines_visible_to(self.request.user, self.object).order_by("pk")

    def fulfilment_form(self, action, data=None):
        return FULFILMENT_FORMS[action](
            data,
            order=self.object,
            lines=lines_visible_to(self.request.user, self.object),
            prefix=f"{action}-{self.object.pk}",
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        lines = context["lines"]
        context["cooperative_view"] = self.cooperative_view
        context["own_subtotal"] = sum(line.line_price_incl_tax for line in lines)
        for action in FULFILMENT_FORMS:
            context.setdefault(f"{action}_form", self.fulfilment_form(action))
        return context

    def change_line_statuses(self, request, order, lines, quantities):
        """Shipped and delivered are shipping events (the tracking number, the order's status
        following its lines, the buyer's email): Oscar's bare status change would skip them."""
        if request.POST.get("new_status", "").strip() in LINE_STATUS_AFTER.values():
            messages.error(
                request,
                _(
                    "Use the “Mark shipped” and “Mark delivered” forms: they record the "
                    "tracking number, move the order along and tell the buyer."
                ),
            )
            return self.reload_page()
        return super().change_line_statuses(request, order, lines, quantities)

    def post(self, request, *args, **kwargs):
        action = request.POST.get("fulfilment_action")
        if action is None:
            return super().post(request, *args, **kwargs)
        self.object = self.get_object()
        if action not in FULFILMENT_FORMS:
            return self.reload_page(error=_("Invalid action"))
        form = self.fulfilment_form(action, request.POST)
        if form.is_valid() and form.save(request.user):
            messages.success(
                request,
                _("Marked shipped.") if action == "ship" else _("Marked delivered."),
            )
            return self.reload_page()
        messages.error(request, _("Nothing was changed: please correct the form below."))
        return self.render_to_response(self.get_context_data(**{f"{action}_form": form}))


class LineDetailView(views.LineDetailView):
    def get_object(self, queryset=None):
        order = views.get_order_for_user_or_404(self.request.user, self.kwargs["number"])
        line = lines_visible_to(self.request.user, order).filter(pk=self.kwargs["line_id"]).first()
        if line is None:
            raise Http404
        return line
