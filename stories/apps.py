from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = _("Stories and campaigns")

    def ready(self):
        from wagtail_localize.fields import SynchronizedField, get_translatable_fields

        from .pages import CampaignPage

        # Voucher and share codes are codes, not text: every translation keeps the French
        # page's codes, so one share link and one voucher serve the campaign in all languages.
        # The offer is the shop's, not text: it follows the French page too.
        codes = {"voucher_code", "share_code", "offer_benefit", "offer_percentage"}
        CampaignPage.translatable_fields = [
            SynchronizedField(field.field_name) if field.field_name in codes else field
            for field in get_translatable_fields(CampaignPage)
        ]

        self.connect_order_receivers()
        self.connect_offer_receivers()

    def connect_offer_receivers(self):
        """The campaign's voucher and offer follow its publication (stories/offers.py)."""
        from wagtail.signals import page_published, page_unpublished

        from . import offers
        from .pages import CampaignPage

        page_published.connect(
            offers.on_campaign_published, sender=CampaignPage, dispatch_uid="campaign-offer"
        )
        page_unpublished.connect(
            offers.on_campaign_unpublished, sender=CampaignPage, dispatch_uid="campaign-offer"
        )

    def connect_order_receivers(self):
        """Attribution of orders to campaigns, and the cached figures forgotten when an order
        changes in a way that moves them (docs/campaigns.md)."""
        from django.db.models.signals import post_delete, post_save
        from oscar.apps.checkout.signals import post_checkout
        from oscar.apps.order.signals import order_placed, order_status_changed
        from oscar.core.loading import get_model

        from . import attribution, progress

        order_placed.connect(attribution.on_order_placed, dispatch_uid="campaign-voucher")
        post_checkout.connect(attribution.on_post_checkout, dispatch_uid="campaign-link")
        # Sale shares are bulk-created when an order is placed (no post_save): its own signal.
        order_placed.connect(progress.invalidate, dispatch_uid="figures-placed")
        order_status_changed.connect(progress.invalidate, dispatch_uid="figures-status")
        for model in (
            get_model("order", "PaymentEventQuantity"),
            get_model("payouts", "SaleShare"),
        ):
            for signal in (post_save, post_delete):
                uid = f"figures-{model._meta.label}"
                signal.connect(progress.invalidate, sender=model, dispatch_uid=uid)
