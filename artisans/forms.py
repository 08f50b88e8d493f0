"""Admin forms of the artisans app."""

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale


class ArtisanPageForm(WagtailAdminPageForm):
    """Offers the crafts of the source language only: one checkbox per craft, not four.

    The French page's crafts are shown in every language (see ``ArtisanPage.crafts_here``).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "crafts" in self.fields:
            self.fields["crafts"].queryset = self.fields["crafts"].queryset.filter(
                locale=Locale.get_default()
            )
