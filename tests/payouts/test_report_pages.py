"""The report in the dashboard: figures, CSV, chart, period errors, navigation."""

import csv
import io
from decimal import Decimal as D

import pytest

from .conftest import MARCH

pytestmark = pytest.mark.django_db

ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en"}


def report_url(partner, kind=""):
    return f"/dashboard/payouts/{partner.pk}/{kind}"


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


def test_the_report_shows_the_hand_computed_figures(staff_client, march, weaving):
    response = staff_client.get(report_url(weaving), MARCH, **ENGLISH)
    assert response.status_code == 200
    html = response.content.decode()
    for shown in ("2,500.00", "1,250.00", "100.00", "1,150.00", "1,000.00", "1,300.00", "VIR-1"):
        assert shown in html


def test_the_csv_export_holds_the_figures_and_opens_in_excel(staff_client, march, weaving, argan):
    response = staff_client.get(report_url(argan, "csv/"), MARCH, **ENGLISH)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="tawiza-argan-taytmatine-2026-03-01-2026-03-31.csv"'
    )
    raw = response.content
    assert raw.startswith("\ufeff".encode())  # the byte order mark Excel needs for Arabic
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    header, summary = rows[0], rows[1]
    figures = dict(zip(header, summary, strict=True))
    assert [name.casefold() for name in header[:4]] == ["cooperative", "from", "to", "currency"]
    assert summary[:4] == [argan.name, "2026-03-01", "2026-03-31", "MAD"]
    assert {key: D(figures[key]) for key in header[4:]} == {
        "Gross sales": D("659.97"),
        "Platform fees": D("56.00"),
        "Refunds": D("99.99"),
        "Net owed": D("503.98"),
        "Payouts made": D("0.00"),
        "Balance brought forward": D("-100.00"),
        "Balance": D("403.98"),
    }
    by_day = {row[0]: row[1] for row in rows[3:] if len(row) == 2}
    assert by_day["2026-03-05"] == "360.00"
    assert by_day["2026-03-10"] == "0.00"  # the cancelled order
    assert by_day["2026-03-20"] == "299.97"


def test_a_typed_text_cannot_run_as_a_spreadsheet_formula(staff_client, weaving):
    from shop.payouts.models import Payout

    Payout.objects.create(
        partner=weaving, paid_on="2026-03-02", amount=D("5.00"), reference="=HYPERLINK(1)"
    )
    response = staff_client.get(report_url(weaving, "csv/"), MARCH, **ENGLISH)
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert ["2026-03-02", "5.00", "'=HYPERLINK(1)", ""] in rows


def test_the_chart_of_sales_over_time_renders_as_accessible_svg(staff_client, march, argan):
    html = staff_client.get(report_url(argan), MARCH, **ENGLISH).content.decode()
    assert '<svg role="img" aria-labelledby="sales-chart-title sales-chart-desc"' in html
    assert '<title id="sales-chart-title">Gross sales over time</title>' in html
    assert "One bar a day" in html
    assert html.count('class="payouts-chart__bar"') == 31  # one per day of March
    # The highest bar (5 March, 360.00) fills the plot; the same figures follow as a table.
    assert 'y="0.0" width=' in html
    assert "<summary>The chart in figures</summary>" in html


def test_a_long_period_is_drawn_month_by_month(staff_client, march, argan):
    html = staff_client.get(
        report_url(argan), {"start": "2025-06-01", "end": "2026-05-31"}, **ENGLISH
    ).content.decode()
    assert "One bar a month" in html
    assert html.count('class="payouts-chart__bar"') == 12


@pytest.mark.parametrize(
    ("period", "error"),
    [
        ({"start": "2026-03-31", "end": "2026-03-01"}, "The end of the period comes before"),
        ({"start": "mars", "end": "2026-03-01"}, "Enter a date such as 2026-03-31."),
        ({"start": "2026-02-30", "end": "2026-03-01"}, "Enter a date such as 2026-03-31."),
        ({"start": "1900-01-01", "end": "2026-03-01"}, "A report covers ten years at most"),
        ({"start": "2026-03-01"}, "This field is required."),
    ],
)
def test_a_bad_period_is_a_form_error_not_a_crash(staff_client, weaving, period, error):
    """Rule: bad input gets a clear translated form error, for the page and the CSV alike."""
    for kind in ("", "csv/"):
        response = staff_client.get(report_url(weaving, kind), period, **ENGLISH)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/html")
        assert error in response.content.decode()
    index = staff_client.get("/dashboard/payouts/", period, **ENGLISH)
    assert error in index.content.decode()


def test_without_a_period_the_report_covers_this_month(staff_client, weaving):
    response = staff_client.get(report_url(weaving), **ENGLISH)
    assert response.status_code == 200
    assert response.context["statement"].start.day == 1


def test_staff_and_cooperative_managers_find_payouts_in_the_dashboard_menu(
    client, staff, weaving_manager
):
    for user in (staff, weaving_manager):
        client.force_login(user)
        html = client.get("/dashboard/", **ENGLISH).content.decode()
        assert 'href="/dashboard/payouts/"' in html
        assert "Payouts" in html


def test_the_dashboard_menu_speaks_the_managers_language(client, weaving_manager):
    """Depends on the lead compiling /work/notes/tr-payouts.json."""
    client.force_login(weaving_manager)
    html = client.get("/dashboard/", HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert "المدفوعات" in html
