"""Fixtures for the stories tests: the demo's story and campaign trees."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory

from stories.models import CampaignIndexPage, CampaignPage, StoryIndexPage, StoryPage


@pytest.fixture
def story_index():
    return StoryIndexPage.objects.get(locale__language_code="fr")


@pytest.fixture
def carpet_story():
    return StoryPage.objects.get(locale__language_code="fr", slug="un-hiver-sur-le-metier")


@pytest.fixture
def campaign_index():
    return CampaignIndexPage.objects.get(locale__language_code="fr")


@pytest.fixture
def aods_campaign():
    return CampaignPage.objects.get(locale__language_code="fr", slug="un-pressoir-pour-taytmatine")


@pytest.fixture
def superuser_client(client, django_user_model):
    """A staff superuser who is not a demo account (those are refused with DEBUG off)."""
    user = django_user_model.objects.create_superuser("stories-admin", "sa@example.org", "x")
    client.force_login(user)
    return client


@pytest.fixture
def block_context():
    """A template context as a page gives its blocks: a request with a visitor."""
    request = RequestFactory().get("/fr/", HTTP_HOST="localhost")
    request.user = AnonymousUser()
    return {"request": request}
