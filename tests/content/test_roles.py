"""The roles are production data (site/roles.py), not demo data: a live site gets them from
``migrate`` and ``setup_roles``, and new pages bring their permissions with them."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Locale

from tawiza import roles

from .conftest import add_cooperative, page_in

pytestmark = pytest.mark.django_db

Image = get_image_model()
Document = get_document_model()
User = get_user_model()


def member_of(*group_names):
    """A fresh account (not a demo one) in the given groups."""
    user = User.objects.create_user(f"roles-{User.objects.count()}", password="x-pass-9")
    user.groups.add(*Group.objects.filter(name__in=group_names))
    return user


def jpeg():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), (168, 68, 42)).save(buffer, format="JPEG")
    return buffer.getvalue()


def test_a_communications_editor_uploads_an_image_and_a_document(client):
    client.force_login(member_of(roles.COMMUNICATIONS))
    root = Collection.get_first_root_node()
    response = client.post(
        "/admin/images/add/",
        {
            "title": "Affiche du souk",
            "collection": root.pk,
            "file": SimpleUploadedFile("affiche.jpg", jpeg(), "image/jpeg"),
        },
    )
    assert response.status_code == 302
    assert Image.objects.filter(title="Affiche du souk").exists()
    response = client.post(
        "/admin/documents/add/",
        {
            "title": "Dossier de presse",
            "collection": root.pk,
            "file": SimpleUploadedFile("presse.txt", b"Tawiza", "text/plain"),
        },
    )
    assert response.status_code == 302
    assert Document.objects.filter(title="Dossier de presse").exists()


def test_a_translator_may_choose_images_but_not_upload_them(client):
    client.force_login(member_of(roles.translators_group_name("ar")))
    assert client.get("/admin/images/chooser/").status_code == 200
    assert client.get("/admin/images/add/").status_code == 302  # to the admin home
    assert client.get("/admin/documents/add/").status_code == 302


def test_setup_roles_is_idempotent_and_repairs_what_was_removed(weaving):
    def grants():
        return (
            GroupPagePermission.objects.count(),
            GroupCollectionPermission.objects.count(),
            Group.objects.count(),
        )

    call_command("setup_roles", verbosity=0)
    before = grants()
    call_command("setup_roles", verbosity=0)
    assert grants() == before
    communications = Group.objects.get(name=roles.COMMUNICATIONS)
    GroupCollectionPermission.objects.filter(group=communications).delete()
    communications.permissions.clear()
    GroupPagePermission.objects.filter(
        group__name=roles.cooperative_group_name(weaving.slug)
    ).delete()
    call_command("setup_roles", verbosity=0)
    assert grants() == before
    editor = member_of(roles.COMMUNICATIONS)
    assert editor.has_perm("wagtailadmin.access_admin")
    manager = member_of(roles.COOPERATIVE_MANAGERS, roles.cooperative_group_name(weaving.slug))
    assert page_in(weaving, "shi").permissions_for_user(manager).can_edit()


def test_a_new_cooperative_brings_its_own_group(weaving):
    cooperative = add_cooperative(weaving.get_parent())
    group = Group.objects.get(name=roles.cooperative_group_name(cooperative.slug))
    arabic = cooperative.copy_for_translation(Locale.objects.get(language_code="ar"))
    manager = member_of(roles.COOPERATIVE_MANAGERS)
    manager.groups.add(group)
    for page in (cooperative, arabic):
        permissions = page.permissions_for_user(manager)
        assert permissions.can_edit() and not permissions.can_publish(), page
    assert not weaving.permissions_for_user(manager).can_edit()
    assert manager.has_perm("partner.dashboard_access")


def test_the_review_workflow_covers_stories_and_campaigns_in_every_language():
    from stories.models import CampaignIndexPage, StoryIndexPage

    indexes = [*StoryIndexPage.objects.all(), *CampaignIndexPage.objects.all()]
    assert len(indexes) == 8  # one of each per language
    for index in indexes:
        workflow = index.get_workflow()
        assert workflow.name == roles.REVIEW_WORKFLOW_NAME, index
        approvers = {g.name for task in workflow.tasks.specific() for g in task.groups.all()}
        assert approvers == {roles.COMMUNICATIONS}
