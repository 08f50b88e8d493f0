"""The search form, without haystack (Oscar's context processor loads it by this path)."""

from django import forms
from django.utils.translation import gettext_lazy as _


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
