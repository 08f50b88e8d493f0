"""The buyer's account pages (issue 13) in Tawiza's markup, in every language: each renders for
a signed-in buyer with no Bootstrap class left in its content, and guests' pages likewise."""

import re
from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model
from oscar.core.loading import get_model

from .conftest import Buyer

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
UserAddress = get_model("address", "UserAddress")
WishList = get_model("wishlists", "WishList")

LANGUAGES = ["fr", "ar", "shi", "en"]
BOOTSTRAP = {
    "btn", "btn-primary", "btn-secondary", "btn-danger", "btn-lg", "row", "card", "card-body",
    "form-control", "form-group", "table", "table-striped", "table-bordered", "nav", "nav-item",
    "nav-link", "nav-pills", "badge", "alert", "alert-danger", "float-right", "dropdown-menu",
    "dropdown-item", "bg-light", "sub-header",
}  # fmt: skip


class ElementHTML(HTMLParser):
    """The markup of the first element carrying ``css_class``, as (tag, classes) pairs."""

    def __init__(self, css_class):
        super().__init__()
        self.css_class, self.depth, self.classes, self.found = css_class, 0, [], False

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if self.depth == 0 and not self.found and self.css_class in classes:
            self.depth, self.found = 1, True
        elif self.depth and tag not in {"input", "br", "img", "meta", "link"}:
            self.depth += 1  # void elements have no end tag
        if self.depth:
            self.classes.extend(classes)

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1


def content_classes(html, css_class):
    parser = ElementHTML(css_class)
    parser.feed(html)
    assert parser.found, f"no .{css_class} on the page"
    return set(parser.classes)


def assert_tawiza_markup(html, region):
    classes = content_classes(html, region)
    assert not classes & BOOTSTRAP, classes & BOOTSTRAP
    assert not any(re.match(r"col-(xs|sm|md|lg)", name) for name in classes), classes


@pytest.fixture
def signed_in_buyer(client):
    user = get_user_model().objects.create_user(
        "amina", "amina@example.com", "a-long-enough-password", first_name="Amina"
    )
    client.force_login(user)
    buyer = Buyer(client)
    buyer.add("TWZ-TAP-002")
    buyer.reach_preview("MA", "cash-on-delivery")
    buyer.place_order()
    UserAddress.objects.create(
        user=user, first_name="Amina", last_name="Ait", line1="Derb Sidi Bouloukat 4",
        line4="Marrakech", country_id="MA", phone_number="+212612345678",
    )  # fmt: skip
    WishList.objects.create(owner=user, name="Cadeaux")
    return user


ACCOUNT_PAGES = [
    "accounts/profile/",
    "accounts/profile/edit/",
    "accounts/change-password/",
    "accounts/orders/",
    "accounts/addresses/",
    "accounts/addresses/add/",
    "accounts/alerts/",
    "accounts/notifications/inbox/",
    "accounts/emails/",
    "accounts/wishlists/",
    "accounts/wishlists/create/",
]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_account_page_renders_in_tawiza_markup(client, signed_in_buyer, language):
    order = Order.objects.get(user=signed_in_buyer)
    wishlist = WishList.objects.get(owner=signed_in_buyer)
    address = UserAddress.objects.filter(user=signed_in_buyer).first()
    pages = [
        *ACCOUNT_PAGES,
        f"accounts/orders/{order.number}/",
        f"accounts/addresses/{address.pk}/",
        f"accounts/addresses/{address.pk}/delete/",
        f"accounts/wishlists/{wishlist.key}/",
    ]
    for page in pages:
        response = client.get(f"/{language}/shop/{page}")
        assert response.status_code == 200, (page, response.status_code)
        html = response.content.decode()
        assert f'lang="{language}"' in html
        assert_tawiza_markup(html, "account-layout")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_account_order_page_says_what_is_left_to_pay(client, signed_in_buyer, language):
    order = Order.objects.get(user=signed_in_buyer)
    html = client.get(f"/{language}/shop/accounts/orders/{order.number}/").content.decode()
    assert 'class="cash-on-delivery"' in html
    assert 'class="line-deliveries"' in html
    assert "Allocation" not in html


def test_the_address_book_form_has_no_state_and_countries_in_arabic(client, signed_in_buyer):
    html = client.get("/ar/shop/accounts/addresses/add/").content.decode()
    assert 'name="state"' not in html
    assert re.search(r'<option value="MA"[^>]*>المغرب</option>', html)


@pytest.mark.parametrize("language", LANGUAGES)
def test_sign_in_register_and_password_reset_render_in_tawiza_markup(client, language):
    for page, region in [
        ("accounts/login/", "account-forms"),
        ("password-reset/", "form-stack"),
        ("password-reset/done/", "checkout-box"),
        ("password-reset/complete/", "button"),
    ]:
        response = client.get(f"/{language}/shop/{page}")
        assert response.status_code == 200, page
        assert_tawiza_markup(response.content.decode(), region)
    html = client.get(f"/{language}/shop/password-reset/confirm/MQ/bad-token/").content.decode()
    assert 'role="alert"' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_guest_reads_their_order_status_in_tawiza_markup(buyer, language):
    buyer.language = language
    buyer.add("TWZ-TAP-002")
    buyer.reach_preview("FR", "bank-transfer")
    buyer.place_order()
    order = Order.objects.get(guest_email=buyer.email)
    status = f"{order.number}/{order.verification_hash()}/"
    # Oscar asks the guest to confirm the order's email address first.
    form_url = f"/{language}/shop/accounts/order-status-form/{status}"
    form = buyer.client.get(form_url)
    assert form.status_code == 200
    assert_tawiza_markup(form.content.decode(), "form-stack")
    wrong = buyer.client.post(form_url, {"email": "someone-else@example.com"})
    assert 'role="alert"' in wrong.content.decode()
    response = buyer.client.post(form_url, {"email": buyer.email}, follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="bank-transfer__reference"><strong>' + order.number in html
    assert_tawiza_markup(html, "checkout-lines")


def test_a_wrong_login_is_announced_next_to_the_form(client):
    response = client.post(
        "/fr/shop/accounts/login/",
        {"login-username": "nobody@example.com", "login-password": "wrong", "login_submit": "1"},
    )
    assert response.status_code == 200
    assert 'class="form-errors" role="alert"' in response.content.decode()
