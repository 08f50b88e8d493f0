"""seed_demo's editorial content: stories per craft, the AODS campaign, and the review workflow."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import GroupApprovalTask, Locale

from artisans.snippets import Craft, Region
from stories.models import CampaignPage, DiasporaAssociation, StoryPage

pytestmark = pytest.mark.django_db


def test_demo_has_a_story_per_craft_in_every_language():
    french = StoryPage.objects.filter(locale__language_code="fr")
    assert {craft.slug for story in french for craft in story.crafts.all()} >= {
        "tapis",
        "argan",
        "poterie",
    }
    for code in ("ar", "shi", "en"):
        translated = StoryPage.objects.filter(locale__language_code=code, alias_of__isnull=True)
        assert translated.count() == french.count() >= 3


@pytest.mark.parametrize("model", [Craft, Region, DiasporaAssociation])
def test_taxonomies_and_the_association_are_translated(model):
    for row in model.objects.filter(locale__language_code="fr"):
        languages = set(
            row.get_translations(inclusive=True).values_list("locale__language_code", flat=True)
        )
        assert languages == {"fr", "ar", "shi", "en"}
        arabic = row.get_translation(Locale.objects.get(language_code="ar"))
        assert arabic.name != row.name


def test_aods_campaign_supports_the_argan_cooperative_and_lists_its_products():
    campaign = CampaignPage.objects.get(locale__language_code="fr")
    assert campaign.association.slug == "aods"
    assert [c.slug for c in campaign.cooperatives.all()] == ["argan-taytmatine"]
    products = campaign.featured_products[0].value["products"]
    assert {product.upc for product in products} == {"TWZ-ARG-001", "TWZ-ARG-003", "TWZ-ARG-004"}
    aods = get_user_model().objects.get(username="diaspora-aods")
    assert campaign.association.editors.filter(pk=aods.pk).exists()


def test_stories_and_campaigns_are_reviewed_by_communications_before_publication():
    for page in [
        *StoryPage.objects.all(),
        *CampaignPage.objects.all(),
    ]:
        workflow = page.get_workflow()
        assert workflow is not None and workflow.name == "Relecture éditoriale"
        tasks = [task.specific for task in workflow.tasks.all()]
        assert len(tasks) == 1 and isinstance(tasks[0], GroupApprovalTask)
        assert list(tasks[0].groups.values_list("name", flat=True)) == ["Communications"]


def test_diaspora_editors_submit_campaigns_for_review_rather_than_publish():
    aods = get_user_model().objects.get(username="diaspora-aods")
    campaign = CampaignPage.objects.get(locale__language_code="fr")
    permissions = campaign.permissions_for_user(aods)
    assert permissions.can_edit()
    assert permissions.can_submit_for_moderation()
    assert not permissions.can_publish()
