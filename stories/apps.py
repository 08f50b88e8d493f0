from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = _("Stories and campaigns")

    def ready(self):
        from wagtail_localize.fields import SynchronizedField, get_translatable_fields

        from .pages import CampaignPage

        # A voucher code is a code, not text: every translation keeps the French page's code.
        CampaignPage.translatable_fields = [
            SynchronizedField(field.field_name) if field.field_name == "voucher_code" else field
            for field in get_translatable_fields(CampaignPage)
        ]
