"""The artisan's phone forms: plain fields, few words, errors that say what to do."""

import secrets
from decimal import Decimal

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from shop.catalogue.attributes import product_type_name

from .photos import prepare_photo

ProductClass = get_model("catalogue", "ProductClass")


class PhoneCameraInput(forms.ClearableFileInput):
    """``<input type=file accept="image/*" capture>``: the phone offers its camera."""

    template_name = "django/forms/widgets/file.html"

    def __init__(self, attrs=None):
        super().__init__({"accept": "image/*", "capture": "environment", **(attrs or {})})


class PhotoField(forms.FileField):
    """An uploaded photo, cleaned into an upright, resized JPEG with no metadata."""

    widget = PhoneCameraInput

    def __init__(self, *, file_name="photo.jpg", **kwargs):
        self.file_name = file_name
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.error_messages["invalid"] = _("This file did not arrive whole. Send it again.")
        self.error_messages["empty"] = _("This file is empty. Choose a photo.")

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if not upload or upload is initial:
            return None
        return prepare_photo(upload, self.file_name)


class ProfileForm(forms.Form):
    title = forms.CharField(label=_("Your name, as buyers see it"), max_length=255)
    crafts = forms.ModelMultipleChoiceField(
        label=_("Your crafts"), queryset=None, required=False, widget=forms.CheckboxSelectMultiple
    )
    village = forms.CharField(label=_("Your village"), max_length=120, required=False)
    quote = forms.CharField(
        label=_("A sentence of yours for buyers"),
        max_length=280,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    story = forms.CharField(
        label=_("Your story"),
        help_text=_("Leave an empty line between two paragraphs."),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    portrait = PhotoField(label=_("Your portrait photo"), file_name="portrait.jpg")

    def __init__(self, *args, crafts=None, **kwargs):
        super().__init__(*args, **kwargs)
        if crafts is None:
            # Crafts are chosen on the French page for every language (ArtisanPage.crafts_here).
            del self.fields["crafts"]
        else:
            self.fields["crafts"].queryset = crafts


def new_form_token() -> str:
    return secrets.token_urlsafe(24)


class ProductForm(forms.Form):
    form_token = forms.CharField(widget=forms.HiddenInput, max_length=64)
    title = forms.CharField(label=_("Name of the piece"), max_length=255)
    product_class = forms.ModelChoiceField(
        label=_("Kind of piece"), queryset=ProductClass.objects.order_by("name"), empty_label=None
    )
    description = forms.CharField(
        label=_("Describe it"),
        help_text=_("Size, colours, how you made it."),
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    price = forms.DecimalField(
        label=_("Your price (MAD)"),
        min_value=Decimal("1"),
        max_digits=12,
        decimal_places=2,
        localize=True,
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
    )
    num_in_stock = forms.IntegerField(
        label=_("How many do you have?"),
        min_value=0,
        max_value=9999,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    weight = forms.DecimalField(
        label=_("Weight when packed (kg)"),
        help_text=_("For example 1.5"),
        max_digits=7,
        decimal_places=3,
        localize=True,
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
    )
    remove_photos = forms.ModelMultipleChoiceField(
        label=_("Remove these photos"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, photos=None, free_slots, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["product_class"].label_from_instance = product_type_name
        self.fields["price"].error_messages["invalid"] = _("Enter the price as a number, e.g. 250.")
        self.fields["weight"].error_messages["invalid"] = _(
            "Enter the weight in kilograms as a number, for example 1.25."
        )
        if photos is None:
            del self.fields["remove_photos"]
        else:
            self.fields["remove_photos"].queryset = photos
        self.photo_names = []
        for number in range(1, free_slots + 1):
            name = f"photo_{number}"
            self.fields[name] = PhotoField(
                label=_("Photo %(number)s") % {"number": number}, file_name=f"{name}.jpg"
            )
            self.photo_names.append(name)

    def clean_weight(self):
        weight = self.cleaned_data["weight"]
        if weight <= 0:
            raise ValidationError(
                _("A packed piece weighs more than 0 kg: enter its weight in kilograms.")
            )
        return weight

    def photo_fields(self):
        return [self[name] for name in self.photo_names]

    def new_photos(self):
        return [self.cleaned_data[name] for name in self.photo_names if self.cleaned_data.get(name)]


class StockForm(forms.Form):
    num_in_stock = ProductForm.base_fields["num_in_stock"]


class DecisionForm(forms.Form):
    """The manager's decision on an artisan's product or profile."""

    APPROVE, SEND_BACK = "approve", "send_back"
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[(APPROVE, _("Approve")), (SEND_BACK, _("Send back"))],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Why it goes back (the artisan reads this)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == self.SEND_BACK and not cleaned.get("reason", "").strip():
            self.add_error("reason", _("Say what to change, so the artisan can correct it."))
        return cleaned


class MakerLoginForm(AuthenticationForm):
    """Django's sign-in form with the words an artisan knows (their sign-in name)."""

    error_messages = {
        "invalid_login": _("This sign-in name and this password do not match. Try again."),
        "inactive": _("This account is closed. Ask your cooperative's manager."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("Your sign-in name")
        self.fields["password"].label = _("Password")
