"""Oscar's partner app, forked: a partner is a cooperative, the seller of record.

The cooperative's public side (its story, its fee rate) is its ``CooperativePage``;
``Partner.cooperative_page`` reaches it.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from oscar.apps.partner.abstract_models import AbstractPartner, AbstractStockRecord
from oscar.core.loading import get_model

from tawiza.locales import active_locale


class Partner(AbstractPartner):
    def cooperative_page(self, locale=None):
        """The cooperative's page in ``locale`` (default: the active one), else the French one."""
        pages = self.cooperative_pages.live().select_related("locale")
        page = pages.filter(locale=locale or active_locale()).first()
        return page or pages.filter(locale__language_code="fr").first()

    class Meta(AbstractPartner.Meta):
        app_label = "partner"


class StockRecord(AbstractStockRecord):
    def clean(self):
        """A one-of-a-kind piece (its type's "one of a kind" attribute) exists once: a stock
        above 1 would let two buyers pay for the same carpet."""
        super().clean()
        if self.product_id and (self.num_in_stock or 0) > 1 and is_one_of_a_kind(self.product_id):
            raise ValidationError(
                {"num_in_stock": _("A one-of-a-kind piece has a stock of 1 at most.")}
            )

    class Meta(AbstractStockRecord.Meta):
        app_label = "partner"


def is_one_of_a_kind(product_id) -> bool:
    ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")
    return ProductAttributeValue.objects.filter(
        product_id=product_id, attribute__code="one_of_a_kind", value_boolean=True
    ).exists()


from oscar.apps.partner.models import *  # noqa: E402, F403
