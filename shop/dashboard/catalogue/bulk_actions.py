from oscar.apps.dashboard.catalogue import bulk_actions

from shop.catalogue.models import ApprovalStatus


class MakeProductsPublicAction(bulk_actions.MakeProductsPublicAction):
    """Only an approved product can be made public; the others wait in "Products awaiting
    approval" (a bulk update would otherwise break the approval constraint)."""

    def filter_products_queryset(self, qs):
        return super().filter_products_queryset(qs).filter(approval_status=ApprovalStatus.APPROVED)
