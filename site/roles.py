"""The editorial and shop roles: groups, their permissions and the review workflow.

This module is the one source of the roles, on a live site as in the demo:

- ``setup_roles()`` creates what is missing and leaves the rest alone. It runs at the end of
  every ``migrate`` (``TawizaConfig.ready`` connects it to ``post_migrate``, the way Django
  creates permissions), so a fresh database has the roles, and ``manage.py setup_roles``
  runs it again on demand. It only adds: a permission taken away by hand comes back on the
  next run, so a role is changed here, not in the admin.
- Page permissions follow the tree, so they need the pages. ``grant_page_roles(page)`` runs
  when a language's home, a cooperative, or a story or campaign index is created
  (``post_save``), and ``setup_roles()`` goes over the existing ones.

A cooperative's managers belong to "Cooperative managers" (the dashboard, images) and to the
cooperative's own group "Cooperative: <slug>" (its pages, in every language, as drafts).
Putting a person in those groups, and in the cooperative's partner users, is staff's job
(``seed_demo`` does it for the demo accounts).
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from stories.permissions import DIASPORA_EDITORS_GROUP

COMMUNICATIONS = "Communications"
COOPERATIVE_MANAGERS = "Cooperative managers"
DIASPORA_EDITORS = DIASPORA_EDITORS_GROUP
# Translators, by the language they translate into (French is the source language).
TRANSLATOR_LANGUAGES = {"ar": "Arabic", "shi": "Tachelhit", "en": "English"}

REVIEW_WORKFLOW_NAME = "Relecture éditoriale"
REVIEW_TASK_NAME = "Relecture par la communication"

EDIT_AND_PUBLISH = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
TRANSLATE = ("add_page", "change_page", "publish_page")
# No publish_page: what these roles write goes live after review.
DRAFT = ("add_page", "change_page")

ADMIN_ACCESS = ("wagtailadmin", "access_admin")
IMAGES_AND_DOCUMENTS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)
# Adding an image lets its owner edit it too (Wagtail's ownership policy), not others'.
ADD_AND_CHOOSE_IMAGES = (("wagtailimages", "add_image"), ("wagtailimages", "choose_image"))
CHOOSE_IMAGES = (("wagtailimages", "choose_image"),)


def translators_group_name(code: str) -> str:
    return f"Translators ({TRANSLATOR_LANGUAGES[code]})"


def cooperative_group_name(slug: str) -> str:
    return f"Cooperative: {slug}"


def _model_permissions() -> dict[str, tuple]:
    """{group: (app label, codename), …}: rights that do not depend on a page or collection."""
    taxonomy = tuple(
        ("artisans", f"{action}_{model}")
        for model in ("craft", "region")
        for action in ("add", "change", "delete", "view")
    )
    return {
        COMMUNICATIONS: (
            ADMIN_ACCESS,
            ("wagtail_localize", "submit_translation"),
            *taxonomy,
            *(("tawiza", f"{action}_sitefooter") for action in ("add", "change", "view")),
        ),
        **{translators_group_name(code): (ADMIN_ACCESS,) for code in TRANSLATOR_LANGUAGES},
        COOPERATIVE_MANAGERS: (
            ADMIN_ACCESS,
            ("partner", "dashboard_access"),
            ("artisans", "view_craft"),
            ("artisans", "view_region"),
        ),
        DIASPORA_EDITORS: (ADMIN_ACCESS,),
    }


def _collection_permissions() -> dict[str, tuple]:
    """{group: (app label, codename), …} granted on the root collection (every collection).

    Wagtail reads image and document rights from collections only: the same permissions
    given to the group directly are ignored.
    """
    return {
        COMMUNICATIONS: IMAGES_AND_DOCUMENTS,
        **{translators_group_name(code): CHOOSE_IMAGES for code in TRANSLATOR_LANGUAGES},
        COOPERATIVE_MANAGERS: ADD_AND_CHOOSE_IMAGES,
        DIASPORA_EDITORS: ADD_AND_CHOOSE_IMAGES,
    }


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def grant_pages(group: Group, page: Page, codenames) -> None:
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_permission("wagtailcore", codename)
        )


def ensure_groups() -> dict[str, Group]:
    """The role groups with their model and collection permissions."""
    collection = Collection.get_first_root_node()
    collection_rights = _collection_permissions()
    groups = {}
    for name, natural_keys in _model_permissions().items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*[_permission(*key) for key in natural_keys])
        for key in collection_rights.get(name, ()) if collection else ():
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=_permission(*key)
            )
        groups[name] = group
    return groups


def ensure_review_workflow() -> Workflow:
    """Communications review: the approvers of the story and campaign workflow, and of
    Wagtail's default workflow (cooperative managers' drafts)."""
    communications = Group.objects.get(name=COMMUNICATIONS)
    task = GroupApprovalTask.objects.filter(name=REVIEW_TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=REVIEW_TASK_NAME)
    task.groups.add(communications)
    workflow, _created = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    root = Page.get_first_root_node()
    default = root.get_workflow() if root else None
    if default is not None:
        for default_task in default.tasks.specific():
            if isinstance(default_task, GroupApprovalTask):
                default_task.groups.add(communications)
    return workflow


def _source_of(page: Page) -> Page:
    """The page in the source language (French) that ``page`` translates, or ``page``."""
    source = (
        type(page)
        .objects.filter(
            translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE
        )
        .first()
    )
    return source or page


def grant_page_roles(page: Page) -> None:
    """The page permissions and workflow that come with ``page`` (see the module docstring)."""
    from artisans.models import CooperativePage
    from stories.models import CampaignIndexPage, StoryIndexPage

    code = page.locale.language_code
    if page.depth == 2 and code in TRANSLATOR_LANGUAGES:
        # A language's home: its translators work inside its tree only.
        group, _created = Group.objects.get_or_create(name=translators_group_name(code))
        grant_pages(group, page, TRANSLATE)
    if isinstance(page, CooperativePage):
        # The group is named after the French page, so every translation joins it.
        group, _created = Group.objects.get_or_create(
            name=cooperative_group_name(_source_of(page).slug)
        )
        grant_pages(group, page, DRAFT)
    if isinstance(page, StoryIndexPage | CampaignIndexPage):
        workflow = ensure_review_workflow()
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
    if isinstance(page, CampaignIndexPage) and code == settings.LANGUAGE_CODE:
        # Diaspora editors write in French; CampaignPermissionTester keeps them to their
        # association's campaigns, since every association shares this index.
        group, _created = Group.objects.get_or_create(name=DIASPORA_EDITORS)
        grant_pages(group, page, DRAFT)


def setup_roles() -> dict[str, Group]:
    """Create every role and grant it on the pages that exist. Safe to run again."""
    from artisans.models import CooperativePage
    from stories.models import CampaignIndexPage, StoryIndexPage

    groups = ensure_groups()
    # An emptied database (a test's flush) has no root page or collection until it is filled.
    root = Page.get_first_root_node()
    if root is not None:
        grant_pages(groups[COMMUNICATIONS], root, EDIT_AND_PUBLISH)
    ensure_review_workflow()
    pages = [
        *Page.objects.filter(depth=2, locale__language_code__in=TRANSLATOR_LANGUAGES),
        *CooperativePage.objects.all(),
        *StoryIndexPage.objects.all(),
        *CampaignIndexPage.objects.all(),
    ]
    for page in pages:
        grant_page_roles(page)
    return groups
