"""Import a catalogue spreadsheet from the dashboard: send it, then watch it checked and imported.

The file is checked and imported by the task worker (``run_catalogue_import``), so a long
file never holds a request; the status page refreshes itself (no script) and shows a progress
bar, then the figures or every bad row with its reason. A manager imports into their own
cooperative only and sees only its imports; staff choose the cooperative.
"""

from django import forms
from django.db import transaction
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views import generic
from oscar.core.loading import get_model

from shop.catalogue.imports import CatalogueImport
from shop.catalogue.tasks import run_catalogue_import

Partner = get_model("partner", "Partner")

MAX_FILE_SIZE = 10 * 1024 * 1024
REFRESH_SECONDS = 2


def partners_of(user):
    return Partner.objects.all() if user.is_staff else Partner.objects.filter(users=user)


class CatalogueImportForm(forms.Form):
    cooperative = forms.ModelChoiceField(
        label=_("Cooperative"), queryset=Partner.objects.none(), empty_label=None
    )
    file = forms.FileField(
        label=_("Spreadsheet"),
        help_text=_("A .csv or .xlsx file, 10 MB at most, with one product per row."),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cooperative"].queryset = partners_of(user).order_by("name")

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith((".csv", ".xlsx")):
            raise forms.ValidationError(_("Send a .csv or .xlsx file."), code="extension")
        if upload.size > MAX_FILE_SIZE:
            raise forms.ValidationError(
                _("This file is larger than 10 MB: split it in several files."), code="size"
            )
        return upload


class CatalogueImportView(generic.FormView):
    template_name = "oscar/dashboard/catalogue/import_form.html"
    form_class = CatalogueImportForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["imports"] = CatalogueImport.objects.filter(
            partner__in=partners_of(self.request.user)
        ).select_related("partner")[:10]
        return context

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        job = CatalogueImport.objects.create(
            partner=form.cleaned_data["cooperative"],
            sent_by=self.request.user,
            language=get_language(),
            file=upload,
            file_name=upload.name[:255],
        )
        transaction.on_commit(lambda: run_catalogue_import.enqueue(job.pk))
        return HttpResponseRedirect(reverse("dashboard:catalogue-import-detail", args=[job.pk]))


class CatalogueImportDetailView(generic.DetailView):
    template_name = "oscar/dashboard/catalogue/import_detail.html"
    context_object_name = "job"

    def get_queryset(self):
        # Another cooperative's import is a 404, as a guessed product is.
        return CatalogueImport.objects.filter(partner__in=partners_of(self.request.user))

    def get_context_data(self, **kwargs):
        from django.core.cache import cache

        context = super().get_context_data(**kwargs)
        job = self.object
        context["refresh_seconds"] = REFRESH_SECONDS
        context["progress"] = None if job.finished else cache.get(job.progress_key())
        return context
