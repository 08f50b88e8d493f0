"""Each conversation is read only by its buyer (the token), its cooperative's managers and
its artisan: another cooperative's manager, another artisan, guessed ids and tokens get 404."""

import pytest
from django.test import Client

from .conftest import ask, latest_conversation

pytestmark = pytest.mark.django_db


@pytest.fixture
def conversation(client, weaver_artisan):
    ask(client, weaver_artisan)
    return latest_conversation()


def signed_in(user):
    browser = Client()
    browser.force_login(user)
    return browser


def test_another_cooperatives_manager_sees_nothing(conversation, argan_manager):
    argan = signed_in(argan_manager)
    assert "Leïla Benali" not in argan.get("/dashboard/questions/").content.decode()
    response = argan.get(f"/dashboard/questions/{conversation.pk}/", follow=True)
    assert response.status_code == 404
    response = argan.post(
        f"/dashboard/questions/{conversation.pk}/", {"action": "reply", "message": "x"}, follow=True
    )
    assert response.status_code == 404
    assert conversation.messages.count() == 1


def test_staff_see_every_conversation(conversation, admin_user):
    staff = signed_in(admin_user)
    assert staff.get(f"/dashboard/questions/{conversation.pk}/").status_code == 200


def test_buyers_and_artisans_do_not_reach_the_dashboard_pages(conversation, artisan_account):
    assert Client().get(f"/dashboard/questions/{conversation.pk}/").status_code == 302
    assert signed_in(artisan_account).get("/dashboard/questions/").status_code in {302, 403}


def test_another_artisan_sees_nothing(conversation, artisan_account, other_artisan_account):
    other = signed_in(other_artisan_account)
    assert "Leïla Benali" not in other.get("/fr/makers/me/questions/").content.decode()
    assert other.get(f"/fr/makers/me/questions/{conversation.pk}/").status_code == 404
    assert (
        other.post(f"/fr/makers/me/questions/{conversation.pk}/", {"message": "x"}).status_code
        == 404
    )
    assert (
        signed_in(artisan_account).get(f"/fr/makers/me/questions/{conversation.pk}/").status_code
        == 200
    )


def test_a_user_who_is_no_artisan_has_no_questions_page(weavers_manager):
    assert signed_in(weavers_manager).get("/fr/makers/me/questions/").status_code == 404
    assert Client().get("/fr/makers/me/questions/").status_code == 302  # to sign in


def test_a_guessed_token_is_a_404(client, conversation):
    assert client.get(f"/fr/questions/{conversation.token[:-1]}x/").status_code == 404
    assert client.get("/fr/questions/1/").status_code == 404
    assert client.get(f"/fr/questions/{conversation.pk}/").status_code == 404


def test_managers_find_questions_in_the_dashboard_menu(weavers_manager, artisan_account):
    assert (
        'href="/dashboard/questions/"'
        in signed_in(weavers_manager).get("/dashboard/").content.decode()
    )
