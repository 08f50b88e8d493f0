"""Reading the site's sitemaps the way a search engine does: the index, then each file."""

import re
from urllib.parse import urlsplit

from django.core.cache import cache


def sitemap_files(client) -> list[str]:
    """The XML of every file ``/sitemap.xml`` lists, in the index's order."""
    cache.clear()  # the index and its files are cached for a quarter of an hour
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    assert "<sitemapindex" in index.content.decode()
    files = []
    for location in re.findall(r"<loc>([^<]+)</loc>", index.content.decode()):
        parts = urlsplit(location)
        response = client.get(parts.path + (f"?{parts.query}" if parts.query else ""))
        assert response.status_code == 200, location
        files.append(response.content.decode())
    return files


def sitemap_text(client) -> str:
    return "\n".join(sitemap_files(client))
