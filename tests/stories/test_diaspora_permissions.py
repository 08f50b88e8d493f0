"""Diaspora editors edit their own association's campaigns only (DESIGN.md, demo accounts)."""

from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale

from stories.models import CampaignPage, DiasporaAssociation
from stories.permissions import DIASPORA_EDITORS_GROUP

pytestmark = pytest.mark.django_db


@pytest.fixture
def other_campaign(campaign_index):
    """A campaign by another association, filed under the same index."""
    association = DiasporaAssociation.objects.create(
        name="Amicale des Marocains de Bruxelles",
        slug="amb",
        city="Bruxelles",
        locale=Locale.objects.get(language_code="fr"),
    )
    campaign = CampaignPage(
        title="Des métiers pour Tabant",
        slug="des-metiers-pour-tabant",
        association=association,
        start_date=date(2026, 10, 1),
    )
    campaign_index.add_child(instance=campaign)
    campaign.save_revision().publish()
    return campaign


@pytest.fixture
def aods_client(client, settings):
    settings.DEBUG = True  # demo accounts only log in with DEBUG on
    assert client.login(username="diaspora-aods", password="tawiza-demo")
    return client


def test_demo_diaspora_account_edits_the_aods_campaign(aods_client, aods_campaign):
    response = aods_client.get(f"/admin/pages/{aods_campaign.pk}/edit/")
    assert response.status_code == 200
    assert aods_campaign.title in response.content.decode()


def test_diaspora_editor_is_refused_another_associations_campaign(aods_client, other_campaign):
    for action in ("edit", "delete", "unpublish", "move"):
        response = aods_client.get(f"/admin/pages/{other_campaign.pk}/{action}/")
        assert response.status_code in (302, 403), action
        if response.status_code == 302:
            assert f"/pages/{other_campaign.pk}/{action}/" not in response["Location"]
    response = aods_client.post(
        f"/admin/pages/{other_campaign.pk}/edit/", {"title": "Détourné", "action-publish": "1"}
    )
    assert response.status_code in (302, 403)
    other_campaign.refresh_from_db()
    assert other_campaign.title == "Des métiers pour Tabant"


def test_diaspora_editor_does_not_see_other_associations_campaigns(
    aods_client, campaign_index, aods_campaign, other_campaign
):
    html = aods_client.get(f"/admin/pages/{campaign_index.pk}/").content.decode()
    assert aods_campaign.title in html
    assert other_campaign.title not in html


def test_diaspora_editor_can_only_file_campaigns_under_their_association(
    aods_client, campaign_index, aods_campaign, other_campaign
):
    response = aods_client.get(f"/admin/pages/add/stories/campaignpage/{campaign_index.pk}/")
    assert response.status_code == 200
    aods = get_user_model().objects.get(username="diaspora-aods")
    form_class = CampaignPage.get_edit_handler().get_form_class()
    form = form_class(instance=CampaignPage(), parent_page=campaign_index, for_user=aods)
    choices = set(form.fields["association"].queryset.values_list("slug", flat=True))
    assert choices == {"aods"}
    staff_form = form_class(
        instance=CampaignPage(),
        parent_page=campaign_index,
        for_user=get_user_model().objects.get(username="editor"),
    )
    assert {"aods", "amb"} <= set(
        staff_form.fields["association"].queryset.values_list("slug", flat=True)
    )


def test_staff_and_the_associations_editors_keep_their_rights(other_campaign):
    User = get_user_model()
    editor = User.objects.get(username="editor")
    assert other_campaign.permissions_for_user(editor).can_edit()
    outsider = User.objects.create_user("diaspora-amb")
    outsider.groups.add(Group.objects.get(name=DIASPORA_EDITORS_GROUP))
    assert not other_campaign.permissions_for_user(outsider).can_edit()
    other_campaign.association.editors.add(outsider)
    assert CampaignPage.objects.get(pk=other_campaign.pk).permissions_for_user(outsider).can_edit()


def test_association_editors_are_shared_by_its_translations(aods_campaign):
    arabic = aods_campaign.get_translation(Locale.objects.get(language_code="ar"))
    assert arabic.association.locale.language_code == "ar"
    aods = get_user_model().objects.get(username="diaspora-aods")
    refused = get_user_model().objects.create_user("diaspora-other")
    refused.groups.add(Group.objects.get(name=DIASPORA_EDITORS_GROUP))
    assert arabic.permissions_for_user(refused).refused
    assert not arabic.permissions_for_user(aods).refused
