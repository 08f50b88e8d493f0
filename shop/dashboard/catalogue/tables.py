from django.utils.translation import gettext_lazy as _
from django_tables2 import Column
from oscar.apps.dashboard.catalogue import tables


class ProductTable(tables.ProductTable):
    """Oscar's product list with where each product stands in staff approval, so a manager
    sees which of theirs buyers do not see yet (shop/catalogue/approval.py)."""

    approval_status = Column(
        verbose_name=_("approval"),
        accessor="get_approval_status_display",
        order_by="approval_status",
    )

    class Meta(tables.ProductTable.Meta):
        fields = (*tables.ProductTable.Meta.fields, "approval_status")
