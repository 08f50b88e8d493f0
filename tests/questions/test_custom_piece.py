"""Request a custom piece, end to end: the buyer's wishes, the manager turns them into a
one-off product, the buyer buys it from the private link; the piece stays out of the
catalogue, search and sitemap, and nobody else can put it in a basket."""

import pytest
from django.core import mail
from django.test import Client
from django.utils import translation
from oscar.core.loading import get_model

from shop.questions.models import Conversation
from tests.shop.conftest import Buyer
from tests.sitemaps import sitemap_text

from .conftest import ask, custom_data, latest_conversation

pytestmark = pytest.mark.django_db
Order = get_model("order", "Order")


@pytest.fixture
def custom_request(client, weaver_artisan, cushion, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = ask(
            client,
            weaver_artisan,
            kind="custom",
            language="en",
            product=cushion,
            data=custom_data(),
        )
    assert response.status_code == 302
    return latest_conversation()


@pytest.fixture
def manager_client(weavers_manager):
    manager = Client()
    manager.force_login(weavers_manager)
    return manager


def make_piece(manager_client, conversation, capture):
    with capture(execute=True):
        response = manager_client.post(
            f"/dashboard/questions/{conversation.pk}/",
            {
                "action": "piece",
                "title": "Grand coussin indigo et safran",
                "price": "850",
                "weight": "1.2",
                "description": "60 × 60 cm",
            },
        )
    assert response.status_code == 302, response.content.decode()[:3000]
    conversation.refresh_from_db()
    return conversation.piece


def test_the_wishes_reach_the_manager(custom_request, weavers_manager, manager_client):
    assert custom_request.kind == Conversation.Kind.CUSTOM
    assert custom_request.size == "60 × 60 cm" and custom_request.colours == "indigo, safran"
    assert str(custom_request.deadline) == "2099-06-01"
    notice = next(m for m in mail.outbox if m.to == [weavers_manager.email])
    assert "60 × 60 cm" in notice.body and "indigo, safran" in notice.body
    page = manager_client.get(f"/dashboard/questions/{custom_request.pk}/").content.decode()
    assert "indigo, safran" in page and 'name="action" value="piece"' in page


def test_the_buyer_buys_the_one_off_piece_from_the_private_link(
    custom_request, manager_client, django_capture_on_commit_callbacks, client_factory=Client
):
    mail.outbox.clear()
    piece = make_piece(manager_client, custom_request, django_capture_on_commit_callbacks)
    assert not piece.is_public
    record = piece.stockrecords.get()
    assert record.num_in_stock == 1 and record.partner == custom_request.cooperative
    assert piece.artisan == custom_request.artisan

    (offer,) = mail.outbox
    assert offer.to == ["leila@example.com"]
    assert "ready to order" in offer.subject  # English: asked from the English page
    link = f"/en/questions/{custom_request.token}/piece/"
    assert link in offer.body

    # Not listed anywhere public.
    visitor = Client()
    assert visitor.get(piece.get_absolute_url()).status_code == 404
    assert piece.get_absolute_url() not in visitor.get("/fr/shop/").content.decode()
    assert "Grand coussin indigo" not in visitor.get("/fr/search/?q=coussin").content.decode()
    assert piece.get_absolute_url() not in sitemap_text(visitor)

    # A visitor without the link cannot add it by its id.
    visitor.post(f"/fr/shop/basket/add/{piece.pk}/", {"quantity": 1})
    basket = visitor.get("/fr/shop/basket/").context["basket"]
    assert piece.pk not in [line.product_id for line in basket.all_lines()]

    # The buyer, with the link, buys it.
    buyer = Buyer(Client(), language="en")
    page = buyer.client.get(link)
    assert page.status_code == 200 and "Grand coussin indigo et safran" in page.content.decode()
    response = buyer.client.post(link)
    assert response.status_code == 302 and response["Location"].endswith("/shop/basket/")
    # The basket line's link to the piece opens its page for the link's holder only.
    basket_page = buyer.client.get("/en/shop/basket/").content.decode()
    with translation.override("en"):
        piece_url = piece.get_absolute_url()
    assert piece_url in basket_page
    assert buyer.client.get(piece_url).status_code == 200
    assert visitor.get(piece_url).status_code == 404
    buyer.reach_preview()
    with django_capture_on_commit_callbacks(execute=True):
        placed = buyer.place_order()
    assert placed.status_code == 302, placed.content.decode()[:3000]
    order = Order.objects.get(lines__product=piece)
    assert order.lines.get().partner == custom_request.cooperative
    record.refresh_from_db()
    assert record.num_in_stock == 0 or record.num_allocated == 1

    # Sold: the link says so and offers nothing more.
    again = Client().get(link).content.decode()
    assert "This piece has already been bought." in again


def test_only_a_custom_request_gets_a_piece_and_only_once(
    client, weaver_artisan, custom_request, manager_client, django_capture_on_commit_callbacks
):
    make_piece(manager_client, custom_request, django_capture_on_commit_callbacks)
    response = manager_client.post(
        f"/dashboard/questions/{custom_request.pk}/",
        {"action": "piece", "title": "Encore", "price": "100", "weight": "1"},
        follow=True,
    )
    assert "cannot be given a one-off piece" in response.content.decode() or (
        "ne peut pas recevoir" in response.content.decode()
    )
    assert Conversation.objects.get(pk=custom_request.pk).piece.title.startswith("Grand coussin")
    # A plain question has no piece page.
    ask(client, weaver_artisan)
    question = latest_conversation()
    assert client.get(f"/fr/questions/{question.token}/piece/").status_code == 404


def test_a_bad_piece_form_keeps_what_was_typed(custom_request, manager_client):
    response = manager_client.post(
        f"/dashboard/questions/{custom_request.pk}/",
        {"action": "piece", "title": "Grand coussin", "price": "-5", "weight": "abc"},
    )
    assert response.status_code == 400
    assert 'value="Grand coussin"' in response.content.decode()
    custom_request.refresh_from_db()
    assert custom_request.piece is None
