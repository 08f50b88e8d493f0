"""Production settings: every cookie is Secure and SameSite, and `check --deploy` is clean
(docs/security.md). Both read the real production settings module, in a subprocess."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "tawiza.settings.production",
    # A realistic environment: a long random key, the public host name.
    "SECRET_KEY": "q7Zr3mVx-0pLk2Wd9Ys4Tb8Hn1Jc6Fg5Ae_uKiOoPlMnBvCxZaQwErTyUiOpAsDfGhJk",
    "ALLOWED_HOSTS": "tawiza.ma,www.tawiza.ma",
}
PRINT_COOKIE_SETTINGS = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps({name: getattr(settings, name) for name in dir(settings) if "COOKIE" in name}))
"""


def run_with_production_settings(*args):
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    return subprocess.run(  # noqa: S603 (fixed arguments)
        [sys.executable, *args],
        cwd=ROOT,
        env=env | PRODUCTION_ENV,
        capture_output=True,
        text=True,
        timeout=300,
    )


def is_deletion(cookie) -> bool:
    return cookie.value == "" and cookie["max-age"] == 0


@pytest.fixture(scope="module")
def production_cookie_settings():
    result = run_with_production_settings("-c", PRINT_COOKIE_SETTINGS)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_check_deploy_finds_no_issue_in_the_production_settings():
    result = run_with_production_settings("manage.py", "check", "--deploy", "--fail-level", "INFO")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


@pytest.mark.django_db
def test_every_cookie_of_a_buyers_visit_is_secure_and_same_site(
    client, production_cookie_settings, argan_oil, buyer
):
    assert production_cookie_settings["OSCAR_RECENTLY_VIEWED_COOKIE_SECURE"] is True
    set_cookies = {}

    def visit(response):
        assert response.status_code in {200, 302}, response
        for name, cookie in response.cookies.items():
            set_cookies.setdefault(name, []).append(cookie)
        return response

    with override_settings(**production_cookie_settings):
        visit(client.get(argan_oil.get_absolute_url()))
        visit(client.post(f"/fr/shop/basket/add/{argan_oil.pk}/", {"quantity": 1}))
        visit(client.get("/fr/shop/basket/"))
        visit(client.post("/i18n/setlang/", {"language": "ar", "next": "/ar/shop/"}))
        visit(client.get("/ar/shop/"))
        visit(
            client.post(
                "/ar/shop/accounts/login/",
                {
                    "login-username": "amina@example.com",
                    "login-password": "a-long-and-secret-passphrase",
                    "login_submit": "1",
                },
            )
        )
        visit(client.get("/ar/shop/accounts/"))
        logout = visit(client.get("/ar/shop/accounts/logout/"))

    assert is_deletion(logout.cookies["oscar_history"]), "signing out forgets the history"

    expected = {"oscar_history", "oscar_open_basket", "csrftoken", "django_language"}
    expected |= {"sessionid", "messages"}
    assert expected <= set(set_cookies)
    for name, cookies in set_cookies.items():
        for cookie in cookies:
            assert cookie["samesite"] == "Lax", f"{name} lacks SameSite: {cookie.OutputString()}"
            if is_deletion(cookie):
                # Django deletes a cookie with an empty, expired one: nothing to protect.
                continue
            assert cookie["secure"] is True, f"{name} lacks Secure: {cookie.OutputString()}"
    for name in expected - {"csrftoken"}:
        kept = [cookie for cookie in set_cookies[name] if not is_deletion(cookie)]
        assert all(cookie["httponly"] for cookie in kept), f"{name} is readable by scripts"


def test_production_csp_allows_media_and_static_files_served_from_another_host():
    """With media on an S3-compatible store and static files on a CDN, their hosts are allowed."""
    script = """
import json
import tawiza.settings.base as base
base.MEDIA_URL = "https://media.example.org/tawiza/"
base.STATIC_URL = "https://cdn.example.org/static/"
import tawiza.settings.production as production
print(json.dumps(production.CONTENT_SECURITY_POLICY["DIRECTIVES"]))
"""
    result = run_with_production_settings("-c", script)
    assert result.returncode == 0, result.stderr
    directives = json.loads(result.stdout.strip().splitlines()[-1])
    assert "https://media.example.org" in directives["img-src"]
    assert "https://media.example.org" not in directives["script-src"]
    for name in ("script-src", "style-src", "font-src", "img-src"):
        assert "https://cdn.example.org" in directives[name]
    assert "'unsafe-inline'" not in directives["script-src"]


@pytest.mark.parametrize(
    ("store", "origin"),
    [
        ({"AWS_S3_ENDPOINT_URL": "http://127.0.0.1:59500"}, "http://127.0.0.1:59500"),
        ({"AWS_S3_CUSTOM_DOMAIN": "media.tawiza.ma"}, "https://media.tawiza.ma"),
        ({}, "https://*.amazonaws.com"),
    ],
)
def test_production_csp_allows_images_from_the_media_object_store(store, origin):
    """Media on S3 are linked from the store's host (MEDIA_STORAGE=s3): the pictures load."""
    script = (
        "import json, tawiza.settings.production as p;"
        "print(json.dumps(p.CONTENT_SECURITY_POLICY['DIRECTIVES']))"
    )
    s3 = {"MEDIA_STORAGE": "s3", "AWS_STORAGE_BUCKET_NAME": "tawiza-media", **store}
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "MEDIA_STORAGE"))}
    result = subprocess.run(  # noqa: S603 (fixed arguments)
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env | PRODUCTION_ENV | s3,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    directives = json.loads(result.stdout.strip().splitlines()[-1])
    assert origin in directives["img-src"]
    assert origin not in directives["script-src"]
