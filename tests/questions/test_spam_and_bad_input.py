"""Spam protections (honeypot, a rate limit per address and per email) and bad input: each
refusal is a translated message, with what the buyer typed still in the form."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from shop.questions.models import Conversation

from .conftest import ask, custom_data, photo_upload, question_data

pytestmark = pytest.mark.django_db


def test_a_filled_honeypot_saves_and_sends_nothing(client, weaver_artisan):
    response = ask(client, weaver_artisan, data=question_data(website="http://spam.example"))
    assert response.status_code == 200  # the robot learns nothing
    assert not Conversation.objects.exists()
    assert mail.outbox == []


def test_the_honeypot_is_hidden_from_people(client, weaver_artisan):
    page = client.get(f"/fr/makers/{weaver_artisan.pk}/ask/").content.decode()
    assert 'class="questions__trap" aria-hidden="true"' in page
    assert 'name="website"' in page and 'tabindex="-1"' in page


def test_a_sixth_message_in_an_hour_from_one_address_is_refused_and_kept(client, weaver_artisan):
    for number in range(5):
        data = question_data(email=f"buyer{number}@example.com")
        assert ask(client, weaver_artisan, data=data).status_code == 302
    response = ask(
        client, weaver_artisan, language="ar", data=question_data(message="سؤالي السادس")
    )
    assert response.status_code == 429
    page = response.content.decode()
    assert "أرسلت عدة رسائل في وقت قصير" in page
    assert "سؤالي السادس" in page  # nothing lost
    assert Conversation.objects.count() == 5


def test_one_email_is_limited_from_any_address(client, weaver_artisan):
    for number in range(5):
        assert ask(client, weaver_artisan, REMOTE_ADDR=f"10.0.0.{number}").status_code == 302
    response = ask(client, weaver_artisan, REMOTE_ADDR="10.0.0.99")
    assert response.status_code == 429
    assert "plusieurs messages en peu de temps" in response.content.decode()


def test_a_custom_piece_for_yesterday_is_refused_with_everything_kept(client, weaver_artisan):
    response = ask(client, weaver_artisan, kind="custom", data=custom_data(deadline="2001-01-01"))
    assert response.status_code == 400
    page = response.content.decode()
    assert "Cette date est passée." in page
    assert 'value="indigo, safran"' in page and "Un grand coussin pour notre salon" in page
    assert not Conversation.objects.exists()


@pytest.mark.parametrize(
    "field,value",
    [("email", "pas-une-adresse"), ("budget", "beaucoup"), ("budget", "-3"), ("size", "")],
)
def test_bad_custom_fields_are_form_errors(client, weaver_artisan, field, value):
    response = ask(client, weaver_artisan, kind="custom", data=custom_data(**{field: value}))
    assert response.status_code == 400
    assert not Conversation.objects.exists()


def test_a_damaged_photo_is_refused_with_the_message_kept(client, weaver_artisan):
    good = photo_upload().read()
    cut = SimpleUploadedFile("cut.jpg", good[: len(good) // 2], content_type="image/jpeg")
    response = ask(client, weaver_artisan, data=question_data(photo=cut))
    assert response.status_code == 400
    page = response.content.decode()
    assert "Le coussin existe-t-il en bleu indigo ?" in page
    assert not Conversation.objects.exists()


def test_a_file_that_is_no_image_is_refused(client, weaver_artisan):
    fake = SimpleUploadedFile("x.jpg", b"%PDF-1.4 not a photo", content_type="image/jpeg")
    assert ask(client, weaver_artisan, data=question_data(photo=fake)).status_code == 400
    assert not Conversation.objects.exists()


def test_an_unknown_or_draft_artisan_is_a_404(client, weaver_artisan):
    assert client.get("/fr/makers/999999/ask/").status_code == 404
    weaver_artisan.live = False
    weaver_artisan.save(update_fields=["live"])
    assert client.get(f"/fr/makers/{weaver_artisan.pk}/ask/").status_code == 404
