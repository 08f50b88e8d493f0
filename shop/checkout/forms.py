"""The checkout's forms: addresses in Moroccan terms, and the buyer's way of paying.

- Addresses (``ShippingAddressForm``, and ``UserAddressForm`` for the address book) have no
  "State/County" (Morocco has no such line in a postal address), three address lines, a
  town, and a postcode asked only where mail needs one (``POSTCODE_REQUIRED_COUNTRIES``).
  Countries are named in the buyer's language (Unicode CLDR, through Babel), Morocco first.
- ``PaymentMethodForm`` preselects the usual method for the address (cash on delivery in
  Morocco, else bank transfer) and asks for a phone number when cash on delivery is chosen
  for an address without one: the courier calls the buyer before coming. See docs/checkout.md.
"""

import phonenumbers
from babel import Locale, UnknownLocaleError
from django import forms
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from oscar.apps.checkout import forms as oscar_forms
from oscar.core.loading import get_class, get_model
from oscar.forms.mixins import PhoneNumberMixin
from phonenumber_field.phonenumber import PhoneNumber

from shop import payment

AbstractAddressForm = get_class("address.forms", "AbstractAddressForm")
UserAddress = get_model("address", "UserAddress")

# Mail to these countries is sorted by postcode: without one a parcel is late or lost. In
# Morocco (and the many countries not listed) a postcode is welcome but often unknown to the
# buyer, and couriers deliver by town and quarter.
POSTCODE_REQUIRED_COUNTRIES = frozenset(
    {"FR", "BE", "ES", "NL", "DE", "IT", "GB", "CH", "PT", "LU", "AT", "US", "CA"}
)
HOME_COUNTRY = "MA"
ADDRESS_FIELDS = [
    "first_name",
    "last_name",
    "line1",
    "line2",
    "line3",
    "line4",
    "postcode",
    "country",
    "phone_number",
    "notes",
]


def country_name(country, language=None):
    """``country``'s name in ``language`` (default: the active one), from Unicode CLDR."""
    language = language or translation.get_language() or "fr"
    try:
        names = Locale.parse(translation.to_locale(language)).territories
    except (UnknownLocaleError, ValueError):
        names = {}
    return names.get(country.iso_3166_1_a2) or country.printable_name


class LocalAddressFormMixin:
    """Address fields as a buyer in Morocco (or abroad) expects them."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        labels = {
            "line1": _("Address"),
            "line2": _("Address (continued)"),
            "line3": _("Quarter or landmark"),
            "line4": _("Town"),
            "postcode": _("Postcode"),
        }
        for name, label in labels.items():
            if name in self.fields:
                self.fields[name].label = label
        self.fields["line1"].help_text = _("Street and number, or building, derb or douar.")
        if "postcode" in self.fields:
            self.fields["postcode"].required = False
            self.fields["postcode"].help_text = _(
                "Optional in Morocco; needed for Europe and North America."
            )
        if "phone_number" in self.fields:
            self.fields["phone_number"].help_text = _(
                "Needed to pay cash on delivery: the courier calls you before coming."
            )
        if "notes" in self.fields:
            self.fields["notes"].label = _("Instructions for the courier")
        if "country" in self.fields:
            self.name_countries_in_buyer_language(self.fields["country"])

    def name_countries_in_buyer_language(self, field):
        countries = sorted(
            ((country.pk, country_name(country)) for country in field.queryset),
            key=lambda choice: (choice[0] != HOME_COUNTRY, choice[1].casefold()),
        )
        field.choices = countries
        unset = not (self.is_bound or self.initial.get("country") or self.instance.country_id)
        if unset and any(code == HOME_COUNTRY for code, _name in countries):
            self.initial["country"] = HOME_COUNTRY

    def clean(self):
        cleaned_data = super().clean()
        country = cleaned_data.get("country")
        if (
            country is not None
            and country.iso_3166_1_a2 in POSTCODE_REQUIRED_COUNTRIES
            and not cleaned_data.get("postcode")
            and "postcode" not in self.errors
        ):
            self.add_error(
                "postcode",
                forms.ValidationError(
                    _("Please give the postcode: mail to %(country)s needs one."),
                    code="postcode_required",
                    params={"country": country_name(country)},
                ),
            )
        return cleaned_data


class ShippingAddressForm(LocalAddressFormMixin, oscar_forms.ShippingAddressForm):
    class Meta(oscar_forms.ShippingAddressForm.Meta):
        fields = ADDRESS_FIELDS


class UserAddressForm(LocalAddressFormMixin, PhoneNumberMixin, AbstractAddressForm):
    """The address book's form (account pages and the checkout's "edit address")."""

    class Meta:
        model = UserAddress
        fields = ADDRESS_FIELDS

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.user = user
        self.fields["country"].queryset = self.fields["country"].queryset.filter(
            is_shipping_country=True
        )
        self.name_countries_in_buyer_language(self.fields["country"])


ShippingMethodForm = oscar_forms.ShippingMethodForm


class GatewayForm(oscar_forms.GatewayForm):
    """Oscar's "who are you?" step; its choice gets a question as its legend (Oscar leaves
    Django's default label, the untranslated field name "Options")."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["options"].label = _("Do you already have an account with us?")


class PaymentMethodForm(forms.Form):
    """The buyer's choice among the payment methods; refuses one unavailable for the address,
    and cash on delivery without a phone number to call."""

    method = forms.ChoiceField(label=_("How would you like to pay?"), widget=forms.RadioSelect)
    phone_number = forms.CharField(
        label=_("Phone number"),
        required=False,
        max_length=32,
        help_text=_("The courier calls you before delivering and you pay on delivery."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "dir": "ltr"}),
    )

    def __init__(self, *args, basket, shipping_address, **kwargs):
        super().__init__(*args, **kwargs)
        self.basket = basket
        self.shipping_address = shipping_address
        self.fields["method"].choices = [
            (method.code, method.label) for method in payment.registry.values()
        ]
        if not self.initial.get("method"):
            preferred = preferred_method(basket, shipping_address)
            self.initial["method"] = preferred.code if preferred else None
        if self.address_has_phone:
            del self.fields["phone_number"]

    @property
    def address_has_phone(self):
        return bool(self.shipping_address is not None and self.shipping_address.phone_number)

    def clean_method(self):
        method = payment.get_method(self.cleaned_data["method"])
        if not method.is_available_for(self.basket, self.shipping_address):
            raise forms.ValidationError(
                method.unavailable_reason(self.basket, self.shipping_address),
                code="unavailable",
            )
        return method.code

    def clean_phone_number(self):
        number = self.cleaned_data.get("phone_number", "").strip()
        if not number:
            return None
        region = self.shipping_address.country_id if self.shipping_address else HOME_COUNTRY
        try:
            parsed = PhoneNumber.from_string(number, region=region)
        except phonenumbers.NumberParseException:
            parsed = None
        if parsed is None or not parsed.is_valid():
            raise forms.ValidationError(
                _(
                    "This is not a valid phone number. "
                    "Example: 06 12 34 56 78 or +212 6 12 34 56 78."
                ),
                code="invalid_phone",
            )
        return parsed

    def clean(self):
        cleaned_data = super().clean()
        method = payment.get_method(cleaned_data.get("method"))
        if (
            method is not None
            and method.needs_phone_number
            and not self.address_has_phone
            and not cleaned_data.get("phone_number")
            and "phone_number" not in self.errors
        ):
            self.add_error(
                "phone_number",
                forms.ValidationError(
                    _(
                        "Please give a phone number to pay cash on delivery: the courier "
                        "calls you before delivering."
                    ),
                    code="phone_required",
                ),
            )
        return cleaned_data

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


def preferred_method(basket, shipping_address):
    """The method most buyers to this address use: the first available in the registry's
    order (cash on delivery in Morocco, bank transfer elsewhere)."""
    available = payment.available_methods(basket, shipping_address)
    return available[0] if available else None
