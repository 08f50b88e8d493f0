"""The forms of mentor invitations: inviting someone, and accepting an invitation."""

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.utils.translation import gettext_lazy as _

from .invitations import cooperatives_for_inviter


class InvitationForm(forms.Form):
    name = forms.CharField(label=_("Their name"), max_length=120)
    phone = forms.CharField(
        label=_("Their phone (optional)"),
        max_length=32,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "off"}),
    )
    email = forms.EmailField(label=_("Their email (optional)"), required=False)
    cooperative = forms.ModelChoiceField(
        label=_("Cooperative"), queryset=None, empty_label=None
    )

    def __init__(self, *args, inviter, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cooperative"].queryset = cooperatives_for_inviter(inviter).order_by("title")
        self.fields["cooperative"].error_messages["invalid_choice"] = _(
            "You can invite artisans only into your own cooperative."
        )


class AcceptInvitationForm(forms.Form):
    username = forms.CharField(
        label=_("Your sign-in name"),
        max_length=150,
        help_text=_("You will type it to sign in: your phone number works well."),
        widget=forms.TextInput(attrs={"autocomplete": "username", "autocapitalize": "none"}),
    )
    password1 = forms.CharField(
        label=_("Choose a password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password2 = forms.CharField(
        label=_("The same password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean_username(self):
        username = self.cleaned_data["username"].strip()
        User = get_user_model()
        field = User._meta.get_field(User.USERNAME_FIELD)
        for validator in field.validators:
            try:
                validator(username)
            except forms.ValidationError:
                raise forms.ValidationError(
                    _("Use letters, digits and @ . + - _ only."), code="invalid"
                ) from None
        if User.objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(
                _("Someone already signs in with this name: choose another one."), code="taken"
            )
        return username

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords are different."))
        elif first:
            try:
                password_validation.validate_password(first)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned
