from django import forms
from django.utils.translation import gettext_lazy as _

from shop import payment


class PaymentMethodForm(forms.Form):
    """The buyer's choice among the payment methods; refuses one unavailable for the address."""

    method = forms.ChoiceField(label=_("How would you like to pay?"), widget=forms.RadioSelect)

    def __init__(self, *args, basket, shipping_address, **kwargs):
        super().__init__(*args, **kwargs)
        self.basket = basket
        self.shipping_address = shipping_address
        self.fields["method"].choices = [
            (method.code, method.label) for method in payment.registry.values()
        ]

    def clean_method(self):
        method = payment.get_method(self.cleaned_data["method"])
        if not method.is_available_for(self.basket, self.shipping_address):
            raise forms.ValidationError(
                method.unavailable_reason(self.basket, self.shipping_address),
                code="unavailable",
            )
        return method.code

    def methods(self):
        """Each method, with the reason it cannot be used here ("" when it can)."""
        return [
            (
                method,
                ""
                if method.is_available_for(self.basket, self.shipping_address)
                else method.unavailable_reason(self.basket, self.shipping_address),
            )
            for method in payment.registry.values()
        ]
