"""The buyer's forms (with a honeypot) and the makers' reply and one-off piece forms."""

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .photos import clean_photo

MESSAGE_MAX = 4000


class PhotoMixin:
    def clean_photo(self):
        upload = self.cleaned_data.get("photo")
        return clean_photo(upload) if upload else None


class HoneypotMixin:
    """A field people never see nor fill (hidden by CSS, skipped by keyboards and screen
    readers); robots that fill every field give themselves away."""

    def is_spam(self):
        return bool(self.data.get("website", "").strip())


def honeypot_field():
    return forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )


def photo_field():
    return forms.ImageField(
        label=_("Photo (optional)"),
        required=False,
        help_text=_("A JPEG or PNG picture, at most 8 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )


class QuestionForm(HoneypotMixin, PhotoMixin, forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(
        label=_("Your email"), help_text=_("The maker's answers are sent to this address.")
    )
    message = forms.CharField(
        label=_("Your message"), max_length=MESSAGE_MAX, widget=forms.Textarea(attrs={"rows": 5})
    )
    photo = photo_field()
    website = honeypot_field()

    field_order = ["name", "email", "message", "photo", "website"]


class CustomPieceForm(QuestionForm):
    size = forms.CharField(
        label=_("Size"), max_length=120, help_text=_("For example 200 × 140 cm, or a ring size.")
    )
    colours = forms.CharField(label=_("Colours"), max_length=200)
    budget = forms.DecimalField(
        label=_("Budget (MAD)"),
        min_value=Decimal("1"),
        max_digits=10,
        decimal_places=2,
        localize=True,
    )
    deadline = forms.DateField(
        label=_("Wanted by"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )

    field_order = ["name", "email", "size", "colours", "budget", "deadline", "message", "photo"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["message"].label = _("Describe the piece you wish for")

    def clean_deadline(self):
        deadline = self.cleaned_data["deadline"]
        if deadline < timezone.localdate():
            raise ValidationError(_("This date is in the past."), code="past")
        return deadline


class BuyerReplyForm(HoneypotMixin, PhotoMixin, forms.Form):
    message = forms.CharField(
        label=_("Your answer"), max_length=MESSAGE_MAX, widget=forms.Textarea(attrs={"rows": 4})
    )
    photo = photo_field()
    website = honeypot_field()


class MakerReplyForm(PhotoMixin, forms.Form):
    message = forms.CharField(
        label=_("Your answer"), max_length=MESSAGE_MAX, widget=forms.Textarea(attrs={"rows": 4})
    )
    photo = photo_field()


class PieceForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=255)
    price = forms.DecimalField(
        label=_("Price (MAD)"),
        min_value=Decimal("1"),
        max_digits=12,
        decimal_places=2,
        localize=True,
    )
    weight = forms.DecimalField(
        label=_("Weight (kg)"),
        min_value=Decimal("0.001"),
        max_digits=7,
        decimal_places=3,
        localize=True,
        help_text=_("Shipping is priced by weight."),
    )
    description = forms.CharField(
        label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
