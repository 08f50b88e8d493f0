"""Sign-in, registration, password reset, the guest's order status, stock alerts and reviews
fed anything: a form error or a redirect, never a server error; a refused form writes
nothing."""

import itertools

import pytest
from django.contrib.auth import get_user_model
from hypothesis import given
from hypothesis import strategies as st
from oscar.apps.partner.strategy import Selector
from oscar.core.loading import get_model
from oscar.test.factories import create_order

from .conftest import assert_not_a_server_error, examples, fuzz_example, hostile_text, number_like

pytestmark = pytest.mark.django_db

User = get_user_model()
Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")
Product = get_model("catalogue", "Product")
ProductAlert = get_model("customer", "ProductAlert")
ProductReview = get_model("reviews", "ProductReview")
LOGIN = "/fr/shop/accounts/login/"
_names = itertools.count()
email_like = st.one_of(
    hostile_text,
    st.emails().map(str),
    st.tuples(hostile_text, hostile_text).map(lambda pair: f"{pair[0]}@{pair[1]}"),
)


@examples(150)
@given(email=email_like, password=hostile_text, next_url=hostile_text)
def test_signing_in_with_anything(email, password, next_url):
    with fuzz_example() as client:
        response = client.post(
            f"{LOGIN}?next=",
            {
                "login-username": email,
                "login-password": password,
                "login_submit": "1",
                "login-redirect_url": next_url,
            },
        )
        assert_not_a_server_error(response)
        assert "_auth_user_id" not in client.session


@examples(200)
@given(email=email_like, password1=hostile_text, password2=hostile_text, same=st.booleans())
def test_registering_with_anything(email, password1, password2, same):
    with fuzz_example() as client:
        users = User.objects.count()
        response = client.post(
            LOGIN,
            {
                "registration-email": email,
                "registration-password1": password1,
                "registration-password2": password1 if same else password2,
                "registration_submit": "1",
            },
        )
        assert_not_a_server_error(response)
        if response.status_code == 200:  # the form again, with its errors: nobody created
            assert User.objects.count() == users
        else:
            assert User.objects.filter(email__iexact=email.strip()).count() == 1


@examples(600)
@given(email=email_like)
def test_asking_a_password_reset_for_anything(email):
    with fuzz_example() as client:
        response = client.post("/fr/shop/password-reset/", {"email": email})
        assert_not_a_server_error(response)


@pytest.fixture(scope="module")
def guest_order_urls(django_db_blocker):
    with django_db_blocker.unblock():
        order = Order.objects.order_by("pk").first()
        return order.number, order.verification_hash()


@examples(400)
@given(
    email=email_like,
    number=st.one_of(st.just("real"), hostile_text),
    hash_=st.one_of(st.just("real"), hostile_text),
)
def test_the_guest_order_status_lookup_with_anything(guest_order_urls, email, number, hash_):
    real_number, real_hash = guest_order_urls
    number = real_number if number == "real" else number
    hash_ = real_hash if hash_ == "real" else hash_
    with fuzz_example() as client:
        url = f"/fr/shop/accounts/order-status-form/{number}/{hash_}/"
        assert_not_a_server_error(client.post(url, {"email": email}))
        assert_not_a_server_error(client.get(f"/fr/shop/accounts/order-status/{number}/{hash_}/"))


@examples(100)
@given(email=email_like)
def test_a_stock_alert_with_any_email(email):
    product = Product.objects.filter(stockrecords__isnull=False, is_public=True).first()
    with fuzz_example() as client:
        alerts = ProductAlert.objects.count()
        response = client.post(f"/fr/shop/accounts/alerts/create/{product.pk}/", {"email": email})
        assert_not_a_server_error(response)
        assert ProductAlert.objects.count() in (alerts, alerts + 1)


def delivered_buyer(client, product):
    user = User.objects.create_user(f"fuzz-reviewer{next(_names)}", "r@example.com", "x")
    basket = Basket.objects.create(owner=user)
    basket.strategy = Selector().strategy()
    basket.add_product(product)
    line = create_order(basket=basket, user=user).lines.get()
    line.status = "Delivered"
    line.save()
    client.force_login(user)
    return user


@examples(50)
@given(title=hostile_text, body=hostile_text, score=number_like)
def test_a_review_with_anything_in_it(title, body, score):
    product = Product.objects.filter(stockrecords__isnull=False, is_public=True).first()
    with fuzz_example() as client:
        user = delivered_buyer(client, product)
        response = client.post(
            f"{product.get_absolute_url()}reviews/add/",
            {"title": title, "body": body, "score": score},
        )
        assert_not_a_server_error(response)
        reviews = ProductReview.objects.filter(user=user)
        if response.status_code == 200:
            assert not reviews.exists()
        else:
            assert reviews.count() == 1
            assert reviews.get().title == title.strip()
