from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Payout

# A statement covers at most ten years: enough for any audit, small enough to draw.
LONGEST_PERIOD_DAYS = 3660
DATE_ERRORS = {"invalid": _("Enter a date such as 2026-03-31.")}


def this_month():
    today = timezone.localdate()
    return today.replace(day=1), today


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class PeriodForm(forms.Form):
    """The period of a report: from one day to another, both included."""

    start = forms.DateField(label=_("From"), widget=DateInput(), error_messages=DATE_ERRORS)
    end = forms.DateField(label=_("To"), widget=DateInput(), error_messages=DATE_ERRORS)

    def __init__(self, data=None, **kwargs):
        # No period asked for: this month so far.
        if not data or not ({"start", "end"} & set(data)):
            start, end = this_month()
            data = {"start": start.isoformat(), "end": end.isoformat()}
        super().__init__(data, **kwargs)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end:
            if end < start:
                raise forms.ValidationError(
                    _("The end of the period comes before its start."), code="reversed"
                )
            if (end - start).days > LONGEST_PERIOD_DAYS:
                raise forms.ValidationError(
                    _("A report covers ten years at most: choose a shorter period."),
                    code="too_long",
                )
        return cleaned

    def as_query(self):
        return {"start": self.cleaned_data["start"], "end": self.cleaned_data["end"]}


class PayoutForm(forms.ModelForm):
    class Meta:
        model = Payout
        fields = ["paid_on", "amount", "reference", "note"]
        widgets = {"paid_on": DateInput()}
        error_messages = {"paid_on": DATE_ERRORS}

    def clean_paid_on(self):
        paid_on = self.cleaned_data["paid_on"]
        if paid_on > timezone.localdate():
            raise forms.ValidationError(
                _("A payout is recorded once made: its date cannot be in the future."),
                code="future",
            )
        return paid_on
