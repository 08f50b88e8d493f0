"""How production is started and recognised: `make prod` names what is missing before doing
anything, and every page carries the Tawiza icon, which /favicon.ico also answers."""

import os
import shutil
import subprocess

import pytest
from django.conf import settings
from django.templatetags.static import static

REQUIRED = ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"]


def test_make_prod_refuses_without_its_environment():
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    environment = {k: v for k, v in os.environ.items() if k not in REQUIRED}
    environment["SECRET_KEY"] = "set-but-not-the-others"
    result = subprocess.run(  # noqa: S603 (the project's Makefile)
        [make, "--no-print-directory", "prod"],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert "set ALLOWED_HOSTS DATABASE_URL in the environment" in result.stderr
    # It stopped before migrating or installing anything.
    assert "migrate" not in result.stdout and "pip" not in result.stdout


def test_favicon_ico_leads_to_the_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"] == static("img/favicon.ico")
    assert client.head("/favicon.ico").status_code == 302


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/fr/", "/ar/shop/", "/en/shop/basket/"])
def test_every_layout_links_the_icon(client, path):
    """Wagtail's base template and Oscar's both name it."""
    html = client.get(path).content.decode()
    assert f'<link rel="icon" href="{static("img/favicon.svg")}" type="image/svg+xml">' in html
