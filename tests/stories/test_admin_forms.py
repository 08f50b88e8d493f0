"""Editors can open the story and campaign forms, with every block and the product chooser."""

import pytest

pytestmark = pytest.mark.django_db


def test_story_edit_form_opens_with_french_taxonomies_only(superuser_client, carpet_story):
    response = superuser_client.get(f"/admin/pages/{carpet_story.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Tapis" in html and "Haut Atlas" in html
    assert "الزرابي" not in html  # the Arabic row of the same craft is not offered again
    assert "/admin/product-chooser/" in html  # product blocks use the product chooser


@pytest.mark.parametrize(
    ("model", "parent_fixture"),
    [("storypage", "story_index"), ("campaignpage", "campaign_index")],
)
def test_new_story_and_campaign_forms_open(superuser_client, request, model, parent_fixture):
    parent = request.getfixturevalue(parent_fixture)
    response = superuser_client.get(f"/admin/pages/add/stories/{model}/{parent.pk}/")
    assert response.status_code == 200


def test_campaign_edit_form_opens(superuser_client, aods_campaign):
    assert superuser_client.get(f"/admin/pages/{aods_campaign.pk}/edit/").status_code == 200
