"""Diaspora editors edit their own association's campaigns, and no other.

The campaigns of every association share one index page, so Wagtail's page permissions
(granted on a subtree) cannot separate them. The rule lives on the campaign instead: its
permission tester refuses every action to a diaspora editor who is not among the editors of
the campaign's association.
"""

from wagtail.models import PagePermissionTester

DIASPORA_EDITORS_GROUP = "Diaspora editors"


def is_diaspora_editor(user) -> bool:
    """A diaspora editor (and not staff): someone whose page rights stop at their campaigns."""
    if not user.is_authenticated or user.is_superuser:
        return False
    return user.groups.filter(name=DIASPORA_EDITORS_GROUP).exists()


def edits_association(user, association) -> bool:
    """Whether ``user`` is an editor of ``association`` in any of its languages.

    Editors are set on the French association; its translations share its translation key.
    """
    from .snippets import DiasporaAssociation

    return DiasporaAssociation.objects.filter(
        translation_key=association.translation_key, editors=user
    ).exists()


def associations_edited_by(user):
    """The translation keys of the associations ``user`` edits."""
    from .snippets import DiasporaAssociation

    return DiasporaAssociation.objects.filter(editors=user).values("translation_key")


class CampaignPermissionTester(PagePermissionTester):
    """Page permissions, minus everything on another association's campaign."""

    def __init__(self, user, page):
        super().__init__(user, page)
        self.refused = (
            is_diaspora_editor(user)
            and page.association_id is not None
            and not edits_association(user, page.association)
        )

    def _unless_refused(name):  # builds the methods below, at class creation
        def method(self, *args, **kwargs):
            if self.refused:
                return False
            return getattr(PagePermissionTester, name)(self, *args, **kwargs)

        method.__name__ = name
        return method

    can_edit = _unless_refused("can_edit")
    can_delete = _unless_refused("can_delete")
    can_unpublish = _unless_refused("can_unpublish")
    can_publish = _unless_refused("can_publish")
    can_submit_for_moderation = _unless_refused("can_submit_for_moderation")
    can_lock = _unless_refused("can_lock")
    can_unlock = _unless_refused("can_unlock")
    can_move = _unless_refused("can_move")
    can_copy = _unless_refused("can_copy")
    can_view_revisions = _unless_refused("can_view_revisions")
    can_unschedule = _unless_refused("can_unschedule")
    can_set_view_restrictions = _unless_refused("can_set_view_restrictions")

    del _unless_refused
