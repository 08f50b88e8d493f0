from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

# Order statuses (the pipeline is OSCAR_ORDER_STATUS_PIPELINE in the settings).
PENDING = "Pending"
AWAITING_PAYMENT = "Awaiting payment"
PAID = "Paid"


class PaymentUnavailable(Exception):
    """The chosen method cannot pay for this basket; the message is for the buyer."""


@dataclass(frozen=True)
class PaymentResult:
    order_status: str
    reference: str


class PaymentMethod:
    code: str
    label: str
    description: str = ""
    # The courier must be able to call the buyer (cash is collected at the door).
    needs_phone_number: bool = False

    def is_available_for(self, basket, shipping_address) -> bool:
        return True

    def unavailable_reason(self, basket, shipping_address) -> str:
        return ""

    def handle(self, order_number, total) -> PaymentResult:
        """Take (or arrange) payment of ``total`` for order ``order_number``."""
        raise NotImplementedError


class CashOnDelivery(PaymentMethod):
    """The buyer pays the carrier: only our Moroccan carriers collect cash."""

    code = "cash-on-delivery"
    label = _("Cash on delivery")
    description = _("Pay the courier in dirhams when your parcel arrives (Morocco only).")
    needs_phone_number = True

    def is_available_for(self, basket, shipping_address):
        return shipping_address is not None and shipping_address.country_id == "MA"

    def unavailable_reason(self, basket, shipping_address):
        return _(
            "Cash on delivery is only possible for addresses in Morocco. "
            "Please choose bank transfer."
        )

    def handle(self, order_number, total):
        return PaymentResult(order_status=PENDING, reference=order_number)


class BankTransfer(PaymentMethod):
    """The order waits until staff see the transfer and mark it paid in the dashboard."""

    code = "bank-transfer"
    label = _("Bank transfer")
    description = _(
        "Transfer the total to our bank account, quoting your order number. "
        "We ship when the transfer arrives."
    )

    # The buyer is asked to pay within this many days of ordering (thank-you page, email).
    days_to_pay = 7

    def handle(self, order_number, total):
        return PaymentResult(order_status=AWAITING_PAYMENT, reference=order_number)


registry: dict[str, PaymentMethod] = {
    method.code: method for method in (CashOnDelivery(), BankTransfer())
}


def get_method(code) -> PaymentMethod | None:
    return registry.get(code)


def available_methods(basket, shipping_address) -> list[PaymentMethod]:
    return [m for m in registry.values() if m.is_available_for(basket, shipping_address)]
