from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale

from .permissions import associations_edited_by, is_diaspora_editor


class CampaignPageForm(WagtailAdminPageForm):
    """A diaspora editor can only file a campaign under an association they edit."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and is_diaspora_editor(for_user) and "association" in self.fields:
            field = self.fields["association"]
            field.queryset = field.queryset.filter(
                translation_key__in=associations_edited_by(for_user)
            )
            field.help_text = _("The associations you edit.")


class StoryPageForm(WagtailAdminPageForm):
    """Crafts and regions are chosen among the French rows, the source of every translation.

    Pages show them in the reader's language; offering all four languages' rows here would
    only let an editor tick the same craft twice.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        default_locale = Locale.get_default()
        for name in ("crafts", "regions"):
            if name in self.fields:
                field = self.fields[name]
                field.queryset = field.queryset.filter(locale=default_locale)
