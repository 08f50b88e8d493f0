from .offers import CampaignOffer  # noqa: F401
from .pages import (  # noqa: F401 (models of this app)
    CampaignIndexPage,
    CampaignPage,
    StoryIndexPage,
    StoryPage,
    StoryPageTag,
)
from .snippets import DiasporaAssociation  # noqa: F401
