"""The payouts report in Oscar's dashboard, and the payouts staff record.

A partner user reaches only the cooperatives they belong to: any other cooperative's id in
the URL is a 404, whatever else is asked (report, CSV). Recording payouts is for staff only
(the app's default permission), a partner user gets a 403.
"""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.generic import CreateView, TemplateView, UpdateView
from oscar.core.loading import get_model

from . import export
from .chart import bar_chart
from .forms import PayoutForm, PeriodForm
from .models import Payout
from .statement import sales_over_time, statement

Partner = get_model("partner", "Partner")


def visible_cooperatives(user):
    """Every cooperative for staff; a partner user's own ones otherwise."""
    if user.is_staff:
        return Partner.objects.order_by("name")
    return user.partners.order_by("name")


class PeriodMixin:
    """Reads the period from the query string; a bad one is shown as a form error."""

    def get_period_form(self):
        return PeriodForm(self.request.GET or None)

    def report_url(self, partner, form):
        url = reverse("payouts:payouts-report", kwargs={"partner_pk": partner.pk})
        return f"{url}?{urlencode(form.as_query())}" if form.is_valid() else url


class PayoutIndexView(PeriodMixin, TemplateView):
    template_name = "shop/payouts/index.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = self.get_period_form()
        rows = []
        if form.is_valid():
            start, end = form.cleaned_data["start"], form.cleaned_data["end"]
            for partner in visible_cooperatives(self.request.user):
                rows.append((statement(partner, start, end), self.report_url(partner, form)))
        context.update(form=form, rows=rows, currency=settings.OSCAR_DEFAULT_CURRENCY)
        return context


class CooperativeMixin(PeriodMixin):
    def get_partner(self):
        return get_object_or_404(
            visible_cooperatives(self.request.user), pk=self.kwargs["partner_pk"]
        )


class CooperativeReportView(CooperativeMixin, TemplateView):
    template_name = "shop/payouts/report.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        partner = self.get_partner()
        form = self.get_period_form()
        context.update(partner=partner, form=form, currency=settings.OSCAR_DEFAULT_CURRENCY)
        if form.is_valid():
            start, end = form.cleaned_data["start"], form.cleaned_data["end"]
            points, daily = sales_over_time(partner, start, end)
            context.update(
                statement=statement(partner, start, end),
                chart=bar_chart(points),
                daily=daily,
                csv_url=(
                    reverse("payouts:payouts-csv", kwargs={"partner_pk": partner.pk})
                    + "?"
                    + urlencode(form.as_query())
                ),
            )
        return context


class CooperativeCsvView(CooperativeMixin, TemplateView):
    """The report as CSV; a bad period shows the report page with its form error."""

    template_name = "shop/payouts/report.html"

    def get(self, request, *args, **kwargs):
        partner = self.get_partner()
        form = self.get_period_form()
        if not form.is_valid():
            return self.render_to_response(
                {"partner": partner, "form": form, "currency": settings.OSCAR_DEFAULT_CURRENCY}
            )
        start, end = form.cleaned_data["start"], form.cleaned_data["end"]
        points, daily = sales_over_time(partner, start, end)
        return export.statement_csv(
            statement(partner, start, end), points, daily, settings.OSCAR_DEFAULT_CURRENCY
        )


class PayoutFormMixin:
    model = Payout
    form_class = PayoutForm
    template_name = "shop/payouts/payout_form.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["partner"] = self.partner
        return context

    def get_success_url(self):
        return reverse("payouts:payouts-report", kwargs={"partner_pk": self.partner.pk})


class PayoutCreateView(PayoutFormMixin, CreateView):
    def dispatch(self, request, *args, **kwargs):
        self.partner = get_object_or_404(Partner, pk=kwargs["partner_pk"])
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        form.instance.partner = self.partner
        form.instance.recorded_by = self.request.user
        response = super().form_valid(form)
        messages.success(self.request, _("The payout has been recorded."))
        return response


class PayoutUpdateView(PayoutFormMixin, UpdateView):
    def dispatch(self, request, *args, **kwargs):
        self.partner = get_object_or_404(Payout, pk=kwargs["pk"]).partner
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        form.instance.recorded_by = self.request.user
        response = super().form_valid(form)
        messages.success(self.request, _("The payout has been updated."))
        return response
