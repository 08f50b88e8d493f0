"""The search server that production uses (CI starts a real one through SEARCH_URL)."""

import pytest
from django.core.management import call_command
from oscar.core.loading import get_model
from wagtail.search.backends import get_search_backend

from artisans.models import ArtisanPage

pytestmark = [pytest.mark.django_db, pytest.mark.search_server]

Product = get_model("catalogue", "Product")


def test_pages_are_indexed_and_found_on_the_search_server(search_server):
    call_command("wagtail_update_index", verbosity=0)
    backend = get_search_backend()
    assert type(backend).__name__ in {
        "OpenSearch3SearchBackend",
        "Elasticsearch8SearchBackend",
        "Elasticsearch9SearchBackend",
    }
    results = backend.search("Itto", ArtisanPage.objects.live())
    assert "Itto Aït Ouahmane" in [page.title for page in results]
