"""The artisans app's models: pages (``pages``) and taxonomies (``artisans.snippets``)."""

from artisans.invitations import Invitation
from artisans.self_service_models import FormToken, ProfileChange
from artisans.snippets import Craft, Region

from .fields import MultipleChoiceJSONField
from .pages import (
    SPOKEN_LANGUAGES,
    ArtisanPage,
    CooperativeGalleryImage,
    CooperativeIndexPage,
    CooperativePage,
)

__all__ = [
    "SPOKEN_LANGUAGES",
    "ArtisanPage",
    "CooperativeGalleryImage",
    "CooperativeIndexPage",
    "CooperativePage",
    "Craft",
    "FormToken",
    "Invitation",
    "MultipleChoiceJSONField",
    "ProfileChange",
    "Region",
]
