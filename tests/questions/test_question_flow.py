"""Ask the maker, end to end: a buyer asks in Arabic from a product page, the cooperative's
manager answers from the dashboard, the buyer reads the answer from their private link and
writes back (shop/questions, docs/questions.md)."""

import pytest
from django.core import mail
from django.test import Client

from shop.questions.models import Conversation, Message

from .conftest import ask, latest_conversation, question_data

pytestmark = pytest.mark.django_db


def test_the_product_and_artisan_pages_offer_both_ways_to_write(client, cushion, weaver_artisan):
    product_page = client.get(cushion.get_absolute_url()).content.decode()
    assert f"/fr/makers/{weaver_artisan.pk}/ask/?product={cushion.pk}" in product_page
    assert f"/fr/makers/{weaver_artisan.pk}/custom/?product={cushion.pk}" in product_page
    artisan_page = client.get(weaver_artisan.url).content.decode()
    assert f"/fr/makers/{weaver_artisan.pk}/ask/" in artisan_page


def test_a_question_asked_in_arabic_is_answered_in_arabic(
    client, cushion, weaver_artisan, weavers_manager, django_capture_on_commit_callbacks
):
    arabic_artisan = weaver_artisan.get_translation(
        weaver_artisan.locale.__class__.objects.get(language_code="ar")
    )
    form = client.get(f"/ar/makers/{arabic_artisan.pk}/ask/?product={cushion.pk}")
    assert form.status_code == 200 and 'dir="rtl"' in form.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = ask(client, arabic_artisan, language="ar", product=cushion)
    conversation = latest_conversation()
    assert response.status_code == 302
    assert response["Location"] == f"/ar/questions/{conversation.token}/"
    assert conversation.language == "ar"
    assert conversation.kind == Conversation.Kind.QUESTION
    assert conversation.artisan == weaver_artisan  # the French page, whatever the language
    assert conversation.product == cushion
    assert conversation.cooperative.users.filter(pk=weavers_manager.pk).exists()
    assert len(conversation.token) >= 32

    acknowledgement = next(m for m in mail.outbox if m.to == ["leila@example.com"])
    assert f"/ar/questions/{conversation.token}/" in acknowledgement.body
    assert "وصلت رسالتك" in acknowledgement.body
    notice = next(m for m in mail.outbox if m.to == [weavers_manager.email])
    assert "Le coussin existe-t-il en bleu indigo ?" in notice.body
    assert f"/dashboard/questions/{conversation.pk}/" in notice.body

    # The manager answers from the dashboard.
    mail.outbox.clear()
    manager = Client()
    manager.force_login(weavers_manager)
    listing = manager.get("/dashboard/questions/").content.decode()
    assert "Leïla Benali" in listing
    assert (
        "Leïla Benali" in manager.get(f"/dashboard/questions/{conversation.pk}/").content.decode()
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = manager.post(
            f"/dashboard/questions/{conversation.pk}/",
            {"action": "reply", "message": "Oui, en indigo naturel, comptez trois semaines."},
        )
    assert response.status_code == 302
    conversation.refresh_from_db()
    assert conversation.status == Conversation.Status.ANSWERED
    (reply,) = mail.outbox
    assert reply.to == ["leila@example.com"]
    assert "Oui, en indigo naturel, comptez trois semaines." in reply.body
    assert f"/ar/questions/{conversation.token}/" in reply.body
    assert "أجابك" in reply.subject  # in the buyer's language, not the manager's French

    # The buyer reads it from the link and writes back; the manager is told.
    mail.outbox.clear()
    page = client.get(f"/ar/questions/{conversation.token}/").content.decode()
    assert "Oui, en indigo naturel, comptez trois semaines." in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/ar/questions/{conversation.token}/", {"message": "Parfait, merci !", "website": ""}
        )
    assert response.status_code == 302
    conversation.refresh_from_db()
    assert conversation.status == Conversation.Status.WAITING
    assert conversation.messages.count() == 3
    assert any(
        m.to == [weavers_manager.email] and "Parfait, merci !" in m.body for m in mail.outbox
    )


def test_the_artisan_answers_from_their_phone(
    client, weaver_artisan, artisan_account, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ask(client, weaver_artisan, language="en", data=question_data(email="sam@example.org"))
    conversation = latest_conversation()
    assert any(m.to == [artisan_account.email] for m in mail.outbox)  # the artisan is told too

    mail.outbox.clear()
    phone = Client()
    phone.force_login(artisan_account)
    listing = phone.get("/fr/makers/me/questions/").content.decode()
    assert f"/fr/makers/me/questions/{conversation.pk}/" in listing
    with django_capture_on_commit_callbacks(execute=True):
        response = phone.post(
            f"/fr/makers/me/questions/{conversation.pk}/", {"message": "Merci, c'est possible."}
        )
    assert response.status_code == 302
    (reply,) = mail.outbox
    assert reply.to == ["sam@example.org"]
    assert "answered you" in reply.subject  # English: the buyer asked from the English page
    assert f"/en/questions/{conversation.token}/" in reply.body
    assert Message.objects.filter(conversation=conversation, author_user=artisan_account).exists()


def test_the_photo_is_kept_without_its_exif_data(client, weaver_artisan):
    from PIL import Image

    from .conftest import photo_upload

    data = question_data(photo=photo_upload())
    response = ask(client, weaver_artisan, data=data)
    assert response.status_code == 302
    message = latest_conversation().messages.get()
    with Image.open(message.photo.path) as stored:
        assert not stored.getexif()
        assert stored.size == (48, 64)  # turned upright by its EXIF orientation first
    page = client.get(response["Location"]).content.decode()
    assert message.photo.url in page


def test_the_manager_closes_a_conversation_and_the_buyers_next_message_opens_it(
    client, weaver_artisan, weavers_manager, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ask(client, weaver_artisan)
    conversation = latest_conversation()
    manager = Client()
    manager.force_login(weavers_manager)
    detail = f"/dashboard/questions/{conversation.pk}/"
    assert 'name="action" value="close"' in manager.get(detail).content.decode()

    response = manager.post(detail, {"action": "close"}, follow=True)
    conversation.refresh_from_db()
    assert conversation.status == Conversation.Status.CLOSED
    assert "Un nouveau message de l&#x27;acheteur la rouvrira." in response.content.decode()
    assert 'name="action" value="close"' not in manager.get(detail).content.decode()
    closed = manager.get("/dashboard/questions/?status=closed").content.decode()
    waiting = manager.get("/dashboard/questions/?status=waiting").content.decode()
    assert conversation.buyer_name in closed and conversation.buyer_name not in waiting

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/fr/questions/{conversation.token}/", {"message": "Encore une question."})
    conversation.refresh_from_db()
    assert conversation.status == Conversation.Status.WAITING
