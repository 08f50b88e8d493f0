"""The dashboard's product form with the product's maker, weight, materials and care.

The French words stay on the product; saving it updates its French ``ProductText``, which
wagtail-localize translates (shop/catalogue/signals.py). A cooperative manager picks the
maker among their own cooperative's artisans, cannot make a product public, and what they
add (or correct after a rejection) waits for staff (shop/catalogue/approval.py).
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.catalogue import forms as oscar_forms

from shop.catalogue import approval
from shop.catalogue.models import ApprovalStatus
from shop.catalogue.ownership import manager_artisans

# The weight field's bounds are the model's column (7 digits, 3 after the point).
WEIGHT_ERRORS = {
    "required": _("Enter the packed weight in kilograms."),
    "invalid": _("Enter the weight in kilograms as a number, for example 1.25."),
    "max_digits": _("That weight is too large: enter it in kilograms, for example 1.25."),
    "max_whole_digits": _("That weight is too large: enter it in kilograms, for example 1.25."),
    "max_decimal_places": _("Give the weight to the gram at most (three decimals)."),
}


class ProductForm(oscar_forms.ProductForm):
    class Meta(oscar_forms.ProductForm.Meta):
        fields = [
            *oscar_forms.ProductForm.Meta.fields,
            "artisan",
            "weight",
            "materials",
            "care",
        ]

    def __init__(self, product_class, *args, user=None, **kwargs):
        super().__init__(product_class, *args, **kwargs)
        self.user = user
        self.from_manager = user is not None and approval.needs_approval(user)
        if "artisan" in self.fields and user is not None:
            artisan = self.fields["artisan"]
            artisan.queryset = manager_artisans(user).order_by("title")
            artisan.error_messages["invalid_choice"] = _(
                "Choose one of your cooperative's artisans."
            )
            artisan.required = self.from_manager and not self.instance.is_parent
        if "weight" in self.fields:
            weight = self.fields["weight"]
            weight.localize = True
            weight.widget.is_localized = True
            weight.error_messages.update(WEIGHT_ERRORS)
            # Shipping is priced by weight; a parent's variants carry their own.
            weight.required = not self.instance.is_parent
        if self.from_manager:
            # Buyers see a manager's product once staff approve it, not before.
            self.fields.pop("is_public", None)

    def delete_non_child_fields(self):
        """A variant is made by its parent's artisan and shares its words; its weight is its own."""
        super().delete_non_child_fields()
        for name in ("artisan", "materials", "care"):
            self.fields.pop(name, None)

    def clean_weight(self):
        weight = self.cleaned_data.get("weight")
        if weight is not None and weight <= 0:
            raise forms.ValidationError(
                _("A packed piece weighs more than 0 kg: enter its weight in kilograms."),
                code="min_value",
            )
        return weight

    def clean_is_public(self):
        is_public = self.cleaned_data.get("is_public")
        if is_public and self.instance.approval_status != ApprovalStatus.APPROVED:
            raise forms.ValidationError(
                _("Approve this product first (Products awaiting approval): then it is public."),
                code="not_approved",
            )
        return is_public

    def save(self, *args, **kwargs):
        if self.from_manager and (
            self.instance.pk is None or self.instance.approval_status == ApprovalStatus.REJECTED
        ):
            # New, or corrected after a rejection: back before staff.
            approval.mark_submitted(self.instance, self.user)
        return super().save(*args, **kwargs)


class ApprovalDecisionForm(forms.Form):
    APPROVE, REJECT = "approve", "reject"

    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[(APPROVE, _("Approve")), (REJECT, _("Reject"))],
    )
    reason = forms.CharField(
        label=_("Reason for rejection"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Sent to the cooperative manager, who can correct the product."),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == self.REJECT and not cleaned.get("reason", "").strip():
            self.add_error("reason", _("Say why, so the manager knows what to correct."))
        return cleaned
