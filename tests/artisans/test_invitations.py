"""A new artisan joins only through a mentor's invitation: short link, a week, one use, and
only into the inviter's own cooperative (artisans/invitations.py)."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone

from artisans.invitations import Invitation, accept
from artisans.models import ArtisanPage, CooperativePage

pytestmark = pytest.mark.django_db
User = get_user_model()

ARGAN = "argan-taytmatine"
WEAVERS = "tissage-ait-bouguemez"
INVITE_URL = "/fr/makers/invite/"
PASSWORD = "argan-et-miel-2026"


def cooperative(slug):
    return CooperativePage.objects.get(slug=slug, locale__language_code=settings.LANGUAGE_CODE)


@pytest.fixture
def argan_manager(client, settings):
    settings.DEBUG = True  # the demo managers sign in only with DEBUG on
    user = User.objects.get(username=f"coop-{ARGAN}")
    client.force_login(user)
    return user


@pytest.fixture
def invitation(argan_manager):
    return Invitation.objects.create(
        cooperative=cooperative(ARGAN), invited_by=argan_manager, name="Fadma Ait Lahcen"
    )


def test_a_manager_invites_and_gets_a_short_link_for_an_sms(client, argan_manager):
    response = client.post(
        INVITE_URL,
        {
            "name": "Fadma Ait Lahcen",
            "phone": "+212612345678",
            "email": "fadma@example.ma",
            "cooperative": cooperative(ARGAN).pk,
        },
    )
    invitation = Invitation.objects.get()
    assert response["Location"] == f"/fr/makers/invite/{invitation.code}/"
    assert len(invitation.code) == 10
    page = client.get(response["Location"]).content.decode()
    assert f"/i/{invitation.code}/" in page and 'href="sms:+212612345678?body=' in page
    assert mail.outbox[-1].to == ["fadma@example.ma"]
    assert f"/i/{invitation.code}/" in mail.outbox[-1].body


def test_a_manager_cannot_invite_into_another_cooperative(client, argan_manager):
    response = client.post(INVITE_URL, {"name": "Intrus", "cooperative": cooperative(WEAVERS).pk})
    assert response.status_code == 200
    assert response.context["form"].errors["cooperative"] == [
        "Vous ne pouvez inviter des artisans que dans votre propre coopérative."
    ]
    assert not Invitation.objects.exists()


def test_a_buyer_cannot_invite_anyone(client):
    client.force_login(User.objects.create_user("acheteuse", "a@example.com", "x-pass-9"))
    assert client.get(INVITE_URL).status_code == 404


def test_accepting_creates_the_account_and_a_draft_profile_under_the_cooperative(
    client, invitation
):
    client.logout()
    response = client.get(f"/i/{invitation.code}/", HTTP_ACCEPT_LANGUAGE="ar")
    assert response["Location"] == f"/ar/makers/join/{invitation.code}/"
    response = client.post(
        f"/fr/makers/join/{invitation.code}/",
        {
            "username": "0612345678",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert response["Location"] == "/fr/makers/join/welcome/"
    invitation.refresh_from_db()
    account = invitation.account
    assert account.username == "0612345678" and account.check_password(PASSWORD)
    profile = ArtisanPage.objects.get(account=account)
    assert profile.get_parent().specific == cooperative(ARGAN)
    assert not profile.live and profile.title == "Fadma Ait Lahcen"
    assert client.get("/fr/makers/join/welcome/").status_code == 200  # signed in


def test_an_invitation_works_once(client, invitation):
    accept(invitation, "fadma", PASSWORD)
    client.logout()
    response = client.get(f"/fr/makers/join/{invitation.code}/")
    assert response.status_code == 410
    assert "déjà été utilisée" in response.content.decode()
    response = client.post(
        f"/fr/makers/join/{invitation.code}/",
        {"username": "autre", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 410
    assert not User.objects.filter(username="autre").exists()


def test_an_expired_invitation_is_refused_in_the_visitors_language(client, invitation):
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - timedelta(1))
    client.logout()
    response = client.get(f"/ar/makers/join/{invitation.code}/")
    assert response.status_code == 410
    assert "انتهت صلاحية" in response.content.decode()


def test_a_wrong_code_is_a_404(client):
    assert client.get("/i/pasuncode99/", follow=True).status_code == 404
    assert client.get("/fr/makers/join/pasuncode99/").status_code == 404


def test_bad_input_keeps_what_was_typed_and_explains(client, invitation):
    client.logout()
    response = client.post(
        f"/fr/makers/join/{invitation.code}/",
        {"username": "coop-argan-taytmatine", "password1": "court", "password2": "autre"},
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "username" in errors and "password2" in errors
    assert 'value="coop-argan-taytmatine"' in response.content.decode()
    assert not User.objects.filter(invitation__isnull=False).exists()


def test_an_artisan_with_an_account_mentors_whom_they_invite(client, invitation):
    accepted = accept(invitation, "fadma", PASSWORD)
    profile = accepted.profile
    profile.save_revision().publish()  # the cooperative approved her profile
    client.force_login(accepted.account)
    client.post(INVITE_URL, {"name": "Itto Oubella", "cooperative": cooperative(ARGAN).pk})
    new = Invitation.objects.get(name="Itto Oubella")
    assert new.mentor.pk == profile.pk
    accept(new, "itto", PASSWORD)
    new.refresh_from_db()
    assert new.profile.mentor.pk == profile.pk
