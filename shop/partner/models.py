"""Oscar's partner app, forked: a partner is a cooperative, the seller of record.

The cooperative's public side (its story, its fee rate) is its ``CooperativePage``;
``Partner.cooperative_page`` reaches it.
"""

from oscar.apps.partner.abstract_models import AbstractPartner
from wagtail.models import Locale


class Partner(AbstractPartner):
    def cooperative_page(self, locale=None):
        """The cooperative's page in ``locale`` (default: the active one), else the French one."""
        pages = self.cooperative_pages.live().select_related("locale")
        page = pages.filter(locale=locale or Locale.get_active()).first()
        return page or pages.filter(locale__language_code="fr").first()

    class Meta(AbstractPartner.Meta):
        app_label = "partner"


from oscar.apps.partner.models import *  # noqa: E402, F403
