"""Oscar's checkout views with a payment-method step and safe order placement.

- ``PaymentMethodView`` lets the buyer choose a method from ``shop.payment``; the choice is
  kept in the checkout session and checked again before the order is placed.
- ``PaymentDetailsView.submit`` claims the basket (open → frozen) in one conditional UPDATE,
  so a double-submitted "place order" makes one order; ``handle_order_placement`` locks the
  stock records (``SELECT … FOR UPDATE``), re-checks the stock and allocates it in the same
  transaction as the order, so two buyers cannot both buy the last piece. See docs/shop.md.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from oscar.apps.checkout import views
from oscar.apps.checkout.exceptions import FailedPreCondition
from oscar.apps.payment.exceptions import UnableToTakePayment
from oscar.core.loading import get_class, get_model

from shop import payment
from shop.checkout.forms import PaymentMethodForm, UserAddressForm
from shop.checkout.models import ShopSettings

UnableToPlaceOrder = get_class("order.exceptions", "UnableToPlaceOrder")
Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")
Source = get_model("payment", "Source")
SourceType = get_model("payment", "SourceType")

logger = logging.getLogger("oscar.checkout")


class PaymentMethodChoice:
    """The checkout session's chosen payment method."""

    def get_payment_method(self):
        return payment.get_method(self.checkout_session._get("payment", "method"))

    def set_payment_method(self, method):
        self.checkout_session._set("payment", "method", method.code)

    def remember_phone_number(self, phone_number):
        """Add the phone number given at the payment step to the checkout's shipping address
        (an address-book address is copied first: the buyer's book stays as it was)."""
        address = self.get_shipping_address(self.request.basket)
        fields = {k: v for k, v in address.__dict__.items() if not k.startswith("_")}
        fields["phone_number"] = phone_number
        self.checkout_session.ship_to_new_address(fields)


class UserAddressUpdateView(views.UserAddressUpdateView):
    form_class = UserAddressForm


class PaymentMethodView(PaymentMethodChoice, views.PaymentMethodView):
    """How the buyer pays: the usual method for the address is preselected, and cash on
    delivery asks for a phone number when the address has none (docs/checkout.md)."""

    template_name = "oscar/checkout/payment_method.html"
    success_url = "checkout:preview"
    # Always asked, even for a zero total: the preview requires a chosen method.
    skip_conditions = []

    def get_form(self, data=None):
        method = self.get_payment_method()
        return PaymentMethodForm(
            data,
            basket=self.request.basket,
            shipping_address=self.get_shipping_address(self.request.basket),
            initial={"method": method.code if method else None},
        )

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=self.get_form()))

    def post(self, request, *args, **kwargs):
        form = self.get_form(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        if form.cleaned_data.get("phone_number"):
            self.remember_phone_number(form.cleaned_data["phone_number"])
        self.set_payment_method(payment.get_method(form.cleaned_data["method"]))
        return self.get_success_response()

    def get_success_url(self):
        return reverse(self.success_url)


class PaymentDetailsView(PaymentMethodChoice, views.PaymentDetailsView):
    def get(self, request, *args, **kwargs):
        if not self.preview:
            # Nothing to enter here: the methods we offer need no card details.
            return redirect("checkout:preview")
        return super().get(request, *args, **kwargs)

    def check_payment_data_is_captured(self, request):
        method = self.get_payment_method()
        url = reverse("checkout:payment-method")
        if method is None:
            raise FailedPreCondition(url=url, message=_("Please choose how you will pay."))
        address = self.get_shipping_address(request.basket)
        if not method.is_available_for(request.basket, address):
            raise FailedPreCondition(
                url=url, message=str(method.unavailable_reason(request.basket, address))
            )
        if method.needs_phone_number and address is not None and not address.phone_number:
            raise FailedPreCondition(
                url=url,
                message=_(
                    "Please give a phone number to pay cash on delivery: the courier "
                    "calls you before delivering."
                ),
            )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["payment_method"] = self.get_payment_method()
        return context

    # Payment -------------------------------------------------------------------------------

    def handle_payment(self, order_number, total, **kwargs):
        method = self.get_payment_method()
        address = self.get_shipping_address(self.request.basket)
        if method is None or not method.is_available_for(self.request.basket, address):
            raise UnableToTakePayment(_("Please choose how you will pay."))
        self.payment_result = method.handle(order_number, total)
        with translation.override(settings.LANGUAGE_CODE):  # staff read it in the dashboard
            name = str(method.label)
        source_type, _created = SourceType.objects.get_or_create(
            code=method.code, defaults={"name": name}
        )
        self.add_payment_source(
            Source(
                source_type=source_type,
                currency=total.currency,
                amount_allocated=total.incl_tax,
                reference=self.payment_result.reference,
            )
        )

    def get_initial_order_status(self, basket):
        return self.payment_result.order_status

    # Order placement ---------------------------------------------------------------------

    def submit(self, user, basket, *args, **kwargs):
        # Claim the basket: of two "place order" requests for one basket, one UPDATE wins.
        claimed = Basket.objects.filter(pk=basket.pk, status=Basket.OPEN).update(
            status=Basket.FROZEN
        )
        if not claimed:
            return self.basket_already_submitted(basket)
        return super().submit(user, basket, *args, **kwargs)

    def basket_already_submitted(self, basket):
        order = Order.objects.filter(basket_id=basket.pk).first()
        if order is not None:
            self.request.session["checkout_order_id"] = order.pk
            messages.info(self.request, _("Your order %s has already been placed.") % order.number)
            return redirect("checkout:thank-you")
        messages.warning(
            self.request, _("Your order is already being placed. Please wait a moment.")
        )
        return redirect("basket:summary")

    def handle_order_placement(
        self,
        order_number,
        user,
        basket,
        shipping_address,
        shipping_method,
        shipping_charge,
        billing_address,
        order_total,
        surcharges=None,
        **kwargs,
    ):
        with transaction.atomic():
            self.allocate_stock_or_refuse(basket)
            order = self.place_order(
                order_number=order_number,
                user=user,
                basket=basket,
                shipping_address=shipping_address,
                shipping_method=shipping_method,
                shipping_charge=shipping_charge,
                order_total=order_total,
                billing_address=billing_address,
                surcharges=surcharges,
                **kwargs,
            )
            basket.submit()
        return self.handle_successful_order(order)

    def allocate_stock_or_refuse(self, basket):
        """Lock the basket's stock records and refuse the order if any is now short.

        Runs inside the order's transaction: the rows stay locked until the allocation that
        ``OrderCreator`` makes is committed, so a second buyer waits, then sees it.
        """
        lines = [line for line in basket.all_lines() if line.stockrecord_id]
        locked = StockRecord.objects.select_for_update().filter(
            pk__in={line.stockrecord_id for line in lines}
        )
        stock = {record.pk: record for record in locked.order_by("pk")}
        sold_out = [
            line.product.get_title()
            for line in lines
            if line.product.get_product_class().track_stock
            and (stock[line.stockrecord_id].net_stock_level or 0) < line.quantity
        ]
        if sold_out:
            raise UnableToPlaceOrder(
                ngettext(
                    "Sorry, %(products)s has just sold out. Your basket is unchanged: "
                    "remove it to place your order.",
                    "Sorry, these pieces have just sold out: %(products)s. Your basket is "
                    "unchanged: remove them to place your order.",
                    len(sold_out),
                )
                % {"products": ", ".join(sold_out)}
            )

    # After the order -----------------------------------------------------------------------

    def send_order_placed_email(self, order):
        """Queue the confirmation (shop/checkout/tasks.py): the order is already committed."""
        from shop.checkout.tasks import send_order_confirmation

        try:
            send_order_confirmation.enqueue(order.pk, translation.get_language())
        except Exception:
            logger.exception("Order #%s: could not queue the confirmation email", order.number)


class ThankYouView(views.ThankYouView):
    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context.update(payment_context(context["order"]))
        return context


def payment_context(order):
    """What the thank-you page and the confirmation email say about paying ``order``."""
    source = order.sources.select_related("source_type").first()
    method = payment.get_method(source.source_type.code) if source else None
    pays_by_bank_transfer = isinstance(method, payment.BankTransfer)
    return {
        "payment_method": method,
        "payment_deadline": (
            order.date_placed + timedelta(days=method.days_to_pay)
            if pays_by_bank_transfer and order.date_placed
            else None
        ),
        "pays_by_bank_transfer": pays_by_bank_transfer,
        "pays_cash_on_delivery": isinstance(method, payment.CashOnDelivery),
        "shop_settings": ShopSettings.load(),
    }
