"""Login throttling (django-axes): the fifth wrong password for one account from one address
locks that pair out for fifteen minutes, on each of the three logins (docs/security.md)."""

import pytest
from django.test import RequestFactory, override_settings

from tawiza.login_throttle import client_ip_address

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db

WRONG = "not-the-password"


def shop_login(client, email, password, language="fr", **extra):
    return client.post(
        f"/{language}/shop/accounts/login/",
        {"login-username": email, "login-password": password, "login_submit": "1"},
        **extra,
    )


def admin_login(client, username, password, **extra):
    return client.post("/admin/login/", {"username": username, "password": password}, **extra)


def dashboard_login(client, username, password, **extra):
    return client.post("/dashboard/login/", {"username": username, "password": password}, **extra)


def fail(login, client, username, times, **extra):
    """Send `times` wrong passwords, each answered by the form again."""
    for _ in range(times):
        response = login(client, username, WRONG, **extra)
        assert response.status_code == 200, "a wrong password shows the form again"


def lock_out(login, client, username, **extra):
    """Four wrong passwords are forgiven; the fifth locks the account out from here."""
    fail(login, client, username, 4, **extra)
    response = login(client, username, WRONG, **extra)
    assert response.status_code == 429
    return response


def test_shop_login_locks_the_account_from_that_address_after_five_failures(client, buyer):
    lock_out(shop_login, client, "amina@example.com")
    response = shop_login(client, "amina@example.com", PASSWORD)
    assert response.status_code == 429
    page = response.content.decode()
    assert "Trop de tentatives de connexion" in page
    assert 'lang="fr"' in page
    assert int(response["Retry-After"]) == 15 * 60
    assert "_auth_user_id" not in client.session


def test_the_lockout_page_speaks_the_language_of_the_shop_page(client, buyer):
    def arabic_shop_login(client, email, password):
        return shop_login(client, email, password, language="ar")

    page = lock_out(arabic_shop_login, client, "amina@example.com").content.decode()
    assert "محاولات تسجيل الدخول" in page
    assert 'dir="rtl"' in page


def test_spelling_the_address_differently_does_not_buy_more_tries(client, buyer):
    fail(shop_login, client, "Amina@Example.com", 2)
    fail(shop_login, client, " amina@example.com", 2)
    assert shop_login(client, "AMINA@example.com", WRONG).status_code == 429
    assert shop_login(client, "amina@example.com", PASSWORD).status_code == 429


def test_the_username_and_the_email_address_count_as_one_account(client, staff):
    fail(admin_login, client, "karim", 2)
    fail(dashboard_login, client, "Karim@example.com", 2)
    assert admin_login(client, "karim", WRONG).status_code == 429


def test_a_lockout_from_one_address_leaves_the_buyer_free_elsewhere(client, buyer):
    lock_out(shop_login, client, "amina@example.com", REMOTE_ADDR="203.0.113.9")
    assert (
        shop_login(client, "amina@example.com", PASSWORD, REMOTE_ADDR="203.0.113.9").status_code
        == 429
    )

    response = shop_login(client, "amina@example.com", PASSWORD, REMOTE_ADDR="198.51.100.7")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(buyer.pk)


def test_a_successful_login_clears_the_count(client, buyer):
    fail(shop_login, client, "amina@example.com", 4)
    assert shop_login(client, "amina@example.com", PASSWORD).status_code == 302
    client.logout()
    fail(shop_login, client, "amina@example.com", 4)
    assert shop_login(client, "amina@example.com", PASSWORD).status_code == 302


def test_registration_still_signs_the_new_buyer_in(client):
    response = client.post(
        "/fr/shop/accounts/login/",
        {
            "registration-email": "nouvelle@example.com",
            "registration-password1": PASSWORD,
            "registration-password2": PASSWORD,
            "registration_submit": "1",
        },
    )
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def test_wagtail_admin_login_locks_out_in_the_browser_language(client, staff):
    lock_out(admin_login, client, "karim", HTTP_ACCEPT_LANGUAGE="en")
    response = admin_login(client, "karim", PASSWORD, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 429
    assert "Too many sign-in attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_wagtail_admin_login_works_below_the_limit(client, staff):
    fail(admin_login, client, "karim", 4)
    response = admin_login(client, "karim", PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(staff.pk)


def test_dashboard_login_locks_out(client, staff):
    lock_out(dashboard_login, client, "karim@example.com", HTTP_ACCEPT_LANGUAGE="fr")
    response = dashboard_login(client, "karim@example.com", PASSWORD, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 429
    assert "Trop de tentatives de connexion" in response.content.decode()


def test_dashboard_login_works_below_the_limit(client, staff):
    fail(dashboard_login, client, "karim@example.com", 4)
    assert dashboard_login(client, "karim@example.com", PASSWORD).status_code == 302


class TestClientAddress:
    """X-Forwarded-For is written by whoever sends the request: believed only behind our proxies."""

    def request(self, forwarded_for):
        return RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded_for)

    def test_without_a_trusted_proxy_the_header_is_ignored(self):
        assert client_ip_address(self.request("198.51.100.7")) == "10.0.0.2"

    @override_settings(TRUSTED_PROXY_COUNT=1)
    def test_behind_one_proxy_the_address_it_saw_is_the_client(self):
        spoofed = self.request("1.2.3.4, 198.51.100.7")
        assert client_ip_address(spoofed) == "198.51.100.7"

    @override_settings(TRUSTED_PROXY_COUNT=2)
    def test_behind_two_proxies_the_entry_before_the_inner_proxy(self):
        assert client_ip_address(self.request("1.2.3.4, 198.51.100.7, 10.0.0.1")) == "198.51.100.7"

    @override_settings(TRUSTED_PROXY_COUNT=1)
    def test_a_missing_header_falls_back_to_the_connection(self):
        assert client_ip_address(RequestFactory().get("/", REMOTE_ADDR="10.0.0.2")) == "10.0.0.2"
