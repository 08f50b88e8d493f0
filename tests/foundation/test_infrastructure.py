"""The contract's service URLs: /healthz, /sitemap.xml, /robots.txt, and the databases CI uses."""

import json
import re

import pytest
from django.db import connection

from tests.conftest import IN_CI, require_service
from tests.sitemaps import sitemap_text

pytestmark = pytest.mark.django_db


def test_healthz_reports_database_and_search_as_json(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = json.loads(response.content)
    assert body["database"] == "ok"
    assert body["search"] == "ok"
    assert response["Cache-Control"].startswith("max-age=0")


def test_healthz_stays_up_when_the_search_server_is_down(client, settings):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.opensearch3",
            "URLS": ["http://127.0.0.1:9"],
            "INDEX": "tawiza-down",
            "TIMEOUT": 1,
        }
    }
    response = client.get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.content) | {"database": "ok", "search": "unavailable"} == json.loads(
        response.content
    )


def test_sitemap_lists_every_language_with_alternates(client):
    xml = sitemap_text(client)
    locations = re.findall(r"<loc>([^<]+)</loc>", xml)
    for code in ("fr", "ar", "shi", "en"):
        assert any(f"/{code}/cooperatives/tissage-ait-bouguemez/" in loc for loc in locations)
    assert 'hreflang="x-default"' in xml
    assert 'hreflang="shi"' in xml


def test_robots_txt_points_at_the_sitemap_and_keeps_private_areas_out(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text
    assert "Disallow: /fr/shop/checkout/" in text


def test_ci_runs_the_suite_on_postgresql():
    """CI provides PostgreSQL through DATABASE_URL; the embedded SQLite is for laptops."""
    require_service(
        connection.vendor == "postgresql" or not IN_CI,
        "DATABASE_URL does not point at PostgreSQL",
    )
    if IN_CI:
        assert connection.vendor == "postgresql"
