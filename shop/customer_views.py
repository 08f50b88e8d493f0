"""Oscar's buyer account views, where Oscar's own answer a plain or guessed URL with a 500,
or ask for an address in terms that do not fit Morocco."""

from django.shortcuts import get_object_or_404, redirect
from oscar.apps.customer import views as oscar_views
from oscar.apps.customer.views import OrderLineView as OscarOrderLineView
from oscar.core.loading import get_model

from shop.checkout.forms import UserAddressForm

Order = get_model("order", "Order")


class OrderLineView(OscarOrderLineView):
    """A line of the buyer's own order: its one action is "reorder" (POST).

    Oscar ships no template for reading a line alone, so a GET (a bookmarked or typed URL)
    goes to the order's page instead; a line id that is not one of this order's lines is a 404
    rather than Oscar's uncaught ``DoesNotExist``.
    """

    def get(self, request, *args, **kwargs):
        self.get_object()
        return redirect("customer:order", order_number=kwargs["order_number"])

    def get_object(self, queryset=None):
        order = get_object_or_404(Order, user=self.request.user, number=self.kwargs["order_number"])
        return get_object_or_404(order.lines, id=self.kwargs["line_id"])


class AddressCreateView(oscar_views.AddressCreateView):
    """The address book with the checkout's local address form (no state, three lines)."""

    form_class = UserAddressForm


class AddressUpdateView(oscar_views.AddressUpdateView):
    form_class = UserAddressForm
