"""Who may edit and publish which pages (seed_demo's groups)."""

import pytest
from django.contrib.auth import get_user_model

from artisans.models import ArtisanPage

from .conftest import page_in

pytestmark = pytest.mark.django_db

LANGUAGES = ["fr", "ar", "shi", "en"]


def user(username):
    return get_user_model().objects.get(username=username)


def _pages_of(cooperative):
    """The cooperative and its artisans, in every language."""
    pages = []
    for code in LANGUAGES:
        translated = page_in(cooperative, code)
        pages += [translated, *ArtisanPage.objects.child_of(translated)]
    return pages


def test_cooperative_manager_drafts_their_cooperative_and_artisans_in_every_language(weaving):
    manager = user("coop-tissage-ait-bouguemez")
    for page in _pages_of(weaving):
        permissions = page.permissions_for_user(manager)
        assert permissions.can_edit(), page
        assert not permissions.can_publish(), page
    assert weaving.permissions_for_user(manager).can_add_subpage()


def test_cooperative_manager_cannot_touch_another_cooperative(argan):
    manager = user("coop-tissage-ait-bouguemez")
    for page in _pages_of(argan):
        permissions = page.permissions_for_user(manager)
        assert not permissions.can_edit(), page
        assert not permissions.can_publish(), page
        assert not permissions.can_add_subpage(), page


def test_cooperative_manager_cannot_edit_the_index_or_home(weaving):
    manager = user("coop-tissage-ait-bouguemez")
    index = weaving.get_parent()
    for page in (index, index.get_parent()):
        assert not page.permissions_for_user(manager).can_edit()


def test_communications_staff_edit_and_publish_every_page(weaving, argan):
    editor = user("editor")
    for page in [*_pages_of(weaving), *_pages_of(argan)]:
        permissions = page.permissions_for_user(editor)
        assert permissions.can_edit() and permissions.can_publish(), page


@pytest.mark.parametrize("code", ["ar", "shi", "en"])
def test_translators_work_in_their_language_only(weaving, code):
    translator = user(f"translator-{code}")
    for other in LANGUAGES:
        permissions = page_in(weaving, other).permissions_for_user(translator)
        assert permissions.can_edit() == (other == code), other
        assert permissions.can_publish() == (other == code), other


@pytest.fixture
def manager_client(client, settings):
    settings.DEBUG = True  # demo accounts are refused otherwise
    client.force_login(user("coop-tissage-ait-bouguemez"))
    return client


def test_manager_opens_their_own_cooperatives_editor(manager_client, weaving):
    for code in LANGUAGES:
        page = page_in(weaving, code)
        assert manager_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200


def test_manager_is_refused_another_cooperatives_editor(manager_client, argan):
    for page in _pages_of(argan):
        response = manager_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code in (302, 403), page
        if response.status_code == 302:
            assert f"/pages/{page.pk}/edit/" not in response["Location"]


def test_manager_cannot_publish_through_the_editor(manager_client, weaving):
    page = page_in(weaving, "en")
    data = {
        "title": "Published by a manager?",
        "slug": page.slug,
        "action-publish": "action-publish",
    }
    manager_client.post(f"/admin/pages/{page.pk}/edit/", data)
    page.refresh_from_db()
    assert page.title != "Published by a manager?"
    assert page.live


def test_manager_cannot_post_changes_to_another_cooperative(manager_client, argan):
    page = page_in(argan, "fr")
    response = manager_client.post(
        f"/admin/pages/{page.pk}/edit/", {"title": "Pris !", "slug": page.slug}
    )
    assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert page.title != "Pris !"
    assert not page.has_unpublished_changes or page.latest_revision.content["title"] != "Pris !"


def test_a_managers_draft_goes_to_communications_for_review(weaving):
    """Drafts are published after review: the workflow's approvers include communications."""
    workflow = page_in(weaving, "ar").get_workflow()
    assert workflow is not None
    approvers = {group.name for task in workflow.tasks.specific() for group in task.groups.all()}
    assert "Communications" in approvers
    editor = user("editor")
    assert any(task.user_can_access_editor(weaving, editor) for task in workflow.tasks.specific())


def test_admin_editors_of_each_page_type_open(client, weaving, fadma):
    admin = get_user_model().objects.create_superuser("pages-admin", "pa@example.org", "x-pass-9")
    client.force_login(admin)
    home = weaving.get_parent().get_parent()
    for page in (home, weaving.get_parent(), weaving, fadma):
        assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200, page
    response = client.get(f"/admin/pages/add/artisans/artisanpage/{weaving.pk}/")
    assert response.status_code == 200
    assert 'name="languages_spoken"' in response.content.decode()
