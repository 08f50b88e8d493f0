"""What a search engine or a social network reads in a page's <head>, parsed."""

import json
from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.utils import translation
from oscar.core.loading import get_model

Category = get_model("catalogue", "Category")
Product = get_model("catalogue", "Product")

LANGUAGES = ["fr", "ar", "shi", "en"]
# The demo's page of each type, by path under the language prefix (as tests/browser/sweep.py).
CONTENT_PAGES = {
    "home": "",
    "cooperative-index": "cooperatives/",
    "cooperative": "cooperatives/tissage-ait-bouguemez/",
    "artisan": "cooperatives/tissage-ait-bouguemez/itto-ait-ouahmane/",
    "story-index": "histoires/",
    "story": "histoires/la-pierre-et-l-amande/",
    "campaign-index": "campagnes/",
    "campaign": "campagnes/un-pressoir-pour-taytmatine/",
    "catalogue": "shop/",
    "basket": "shop/basket/",
}
PAGE_TYPES = [*CONTENT_PAGES, "category", "product", "search"]
SHOP_PRODUCT = "TWZ-ARG-001"
SEARCHES = {"fr": "tapis", "ar": "زيت", "shi": "ⵍⵣⵉⵜ", "en": "carpet"}


def page_url(language, page_type):
    if page_type in CONTENT_PAGES:
        return f"/{language}/{CONTENT_PAGES[page_type]}"
    if page_type == "search":
        return f"/{language}/search/?q={SEARCHES[language]}"
    with translation.override(language):
        product = Product.objects.get(upc=SHOP_PRODUCT)
        if page_type == "product":
            return product.get_absolute_url()
        return Category.objects.filter(product=product).first().get_absolute_url()


@dataclass
class Head:
    meta: dict = field(default_factory=dict)
    links: list = field(default_factory=list)
    json_ld: list = field(default_factory=list)

    def link(self, rel, **attrs):
        return [
            link
            for link in self.links
            if rel in link.get("rel", "").split()
            and all(link.get(k) == v for k, v in attrs.items())
        ]

    def hrefs(self, rel):
        return [link["href"] for link in self.link(rel)]


class HeadParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.head = Head()
        self.in_json_ld = False
        self.in_head = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "head":
            self.in_head = True
        elif tag == "meta" and self.in_head:
            key = attrs.get("property") or attrs.get("name")
            if key:
                self.head.meta.setdefault(key, []).append(attrs.get("content", ""))
        elif tag == "link" and self.in_head:
            self.head.links.append(attrs)
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self.in_json_ld = True

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False
        self.in_json_ld = False if tag == "script" else self.in_json_ld

    def handle_data(self, data):
        if self.in_json_ld:
            self.head.json_ld.append(json.loads(data))


def head_of(html):
    parser = HeadParser()
    parser.feed(html)
    return parser.head


def get_head(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return head_of(response.content.decode())
