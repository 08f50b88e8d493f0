"""RSS and Atom feeds of one language's stories (Django's syndication framework).

Each language tree has its own story index, so ``/fr/histoires/feed/rss/`` and
``/ar/…/feed/rss/`` list that language's stories in that language; the feed's language is
the active one (Django's default).
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

FEED_LENGTH = 20


class StoriesRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"{self.index_page.title} · Tawiza"

    def link(self):
        return self.request.build_absolute_uri(self.index_page.get_url(self.request))

    def feed_url(self):
        return self.request.build_absolute_uri(self.request.path)

    def description(self):
        return self.index_page.intro or self.index_page.title

    def items(self):
        return self.index_page.stories()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return self.request.build_absolute_uri(item.get_url(self.request))

    def item_author_name(self, item):
        return item.author

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


class StoriesAtomFeed(StoriesRssFeed):
    feed_type = Atom1Feed
    subtitle = StoriesRssFeed.description
