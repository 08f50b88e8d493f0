from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

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
