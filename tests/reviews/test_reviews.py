"""Reviews: only a buyer who received the product may write one, and staff approve it first."""

import itertools

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import translation
from oscar.apps.partner.strategy import Selector
from oscar.core.loading import get_model
from oscar.test.factories import create_order

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")
Product = get_model("catalogue", "Product")
ProductReview = get_model("reviews", "ProductReview")
ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en"}
REFUSAL = "Reviews are written by buyers who have received the product"
_names = itertools.count()

REVIEW = {
    "title": "Un tapis magnifique",
    "body": "Tissé avec soin, les couleurs sont encore plus belles en vrai.",
    "score": 5,
}


@pytest.fixture
def product():
    return Product.objects.filter(stockrecords__isnull=False, is_public=True).first()


@pytest.fixture
def buyer(client):
    user = get_user_model().objects.create_user(
        f"reviewer{next(_names)}", f"reviewer{next(_names)}@example.com", "x"
    )
    client.force_login(user)
    return user


def urls(product):
    with translation.override("en"):
        page = product.get_absolute_url()
    return page, f"{page}reviews/add/"


def order_line(user, product, status):
    basket = Basket.objects.create(owner=user)
    basket.strategy = Selector().strategy()
    basket.add_product(product)
    line = create_order(basket=basket, user=user).lines.get()
    line.status = status
    line.save()
    return line


def test_a_buyer_who_has_not_bought_it_sees_no_link_and_is_refused_politely(client, buyer, product):
    page, add = urls(product)
    html = client.get(page, **ENGLISH).content.decode()
    assert 'id="write_review"' not in html
    assert "Reviews come from buyers who have received this product" in html
    response = client.get(add, follow=True, **ENGLISH)
    assert response.redirect_chain[-1][0] == page
    assert REFUSAL in response.content.decode()
    client.post(add, REVIEW)
    assert not ProductReview.objects.filter(product=product).exists()


def test_an_order_not_yet_delivered_gives_no_right_to_review(client, buyer, product):
    order_line(buyer, product, "Shipped")
    page, add = urls(product)
    assert 'id="write_review"' not in client.get(page, **ENGLISH).content.decode()
    client.post(add, REVIEW)
    assert not ProductReview.objects.filter(product=product).exists()


def test_another_buyers_delivery_gives_no_right_to_review(client, buyer, product):
    someone = get_user_model().objects.create_user("someone-else", "else@example.com", "x")
    order_line(someone, product, "Delivered")
    page, add = urls(product)
    assert client.get(add).status_code == 302
    client.post(add, REVIEW)
    assert not ProductReview.objects.filter(product=product).exists()


def test_a_delivered_purchase_may_be_reviewed_and_waits_for_moderation(client, buyer, product):
    order_line(buyer, product, "Delivered")
    page, add = urls(product)
    assert 'id="write_review"' in client.get(page, **ENGLISH).content.decode()
    assert client.get(add, **ENGLISH).status_code == 200
    response = client.post(add, REVIEW, follow=True, **ENGLISH)
    assert "It will appear once our team has read it." in response.content.decode()
    review = ProductReview.objects.get(product=product, user=buyer)
    assert review.status == ProductReview.FOR_MODERATION
    # Not public: not on the product page, not in the list, not at its own URL.
    assert REVIEW["title"] not in client.get(page, **ENGLISH).content.decode()
    assert REVIEW["title"] not in client.get(f"{page}reviews/").content.decode()
    assert client.get(f"{page}reviews/{review.pk}/").status_code == 404
    assert client.post(f"{page}reviews/{review.pk}/vote/", {"delta": 1}).status_code == 404
    # One review per buyer and product: the link is gone.
    assert 'id="write_review"' not in client.get(page, **ENGLISH).content.decode()


def test_an_approved_review_shows_on_the_product_page(client, buyer, product):
    order_line(buyer, product, "Delivered")
    page, add = urls(product)
    client.post(add, REVIEW)
    review = ProductReview.objects.get(product=product, user=buyer)
    staff = get_user_model().objects.create_superuser("moderator", "mod@example.com", "x")
    moderator = Client()
    moderator.force_login(staff)
    response = moderator.post(
        f"/dashboard/reviews/{review.pk}/", {**REVIEW, "status": ProductReview.APPROVED}
    )
    assert response.status_code == 302
    review.refresh_from_db()
    assert review.status == ProductReview.APPROVED
    visitor = Client()
    for language in ("en", "ar"):
        with translation.override(language):
            html = visitor.get(product.get_absolute_url()).content.decode()
        assert REVIEW["title"] in html
        assert REVIEW["body"] in html
    assert visitor.get(f"{page}reviews/{review.pk}/").status_code == 200


def test_a_cooperative_manager_cannot_moderate_reviews(client, product):
    from django.contrib.auth.models import Permission

    manager = get_user_model().objects.create_user("coop-reviewer", "cr@example.com", "x")
    manager.user_permissions.add(
        Permission.objects.get(content_type__app_label="partner", codename="dashboard_access")
    )
    client.force_login(manager)
    assert client.get("/dashboard/reviews/").status_code == 403


def test_the_order_page_offers_a_review_only_for_a_delivered_piece(client, buyer, product):
    line = order_line(buyer, product, "Shipped")
    page, add = urls(product)
    order_page = f"/en/shop/accounts/orders/{line.order.number}/"
    assert add not in client.get(order_page).content.decode()
    line.status = "Delivered"
    line.save()
    assert add in client.get(order_page).content.decode()
