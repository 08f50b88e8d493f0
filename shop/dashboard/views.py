"""The dashboard's home page, where a cooperative manager sees only their own sales.

Oscar's ``IndexView`` filters a partner user's orders to those holding one of their lines,
then adds up the whole orders (other cooperatives' lines and shipping included) and counts
customers and open baskets. Here a manager (a partner user who is not staff) gets figures
made of their own lines only, counted as the payouts report counts sales (cancelled orders
count for nothing, ``shop/payouts/statement.py``), and no customer or basket counts. Staff
keep Oscar's page.
"""

from datetime import timedelta

from django.db.models import Count, F, Sum
from django.utils.timezone import now
from django.utils.translation import gettext as _
from oscar.apps.dashboard import views

from shop.fulfilment.cooperatives import cooperative_lines, is_cooperative_manager
from shop.payouts.statement import CANCELLED, money


def own_sales(user):
    """The manager's sold lines, shaped for Oscar's hourly chart (which reads an order's
    ``date_placed`` and ``total_incl_tax``): each line counts for its own price only."""
    return (
        cooperative_lines(user)
        .exclude(order__status=CANCELLED)
        .annotate(date_placed=F("order__date_placed"), total_incl_tax=F("line_price_incl_tax"))
    )


def sales_figures(lines):
    sums = lines.aggregate(
        orders=Count("order", distinct=True),
        lines=Count("pk"),
        items=Sum("quantity"),
        revenue=Sum("line_price_incl_tax"),
    )
    return {
        "orders": sums["orders"],
        "lines": sums["lines"],
        "items": sums["items"] or 0,
        "revenue": money(sums["revenue"]),
    }


class IndexView(views.IndexView):
    def get_stats(self):
        user = self.request.user
        if not is_cooperative_manager(user):
            return super().get_stats()
        sales = own_sales(user)
        return {
            "cooperative_view": True,
            "sales_tables": [
                (
                    _("Orders - Last 24 Hours"),
                    sales_figures(sales.filter(date_placed__gt=now() - timedelta(hours=24))),
                ),
                (_("Orders - All Time"), sales_figures(sales)),
            ],
            "hourly_report_dict": self.get_hourly_report(sales),
        }
