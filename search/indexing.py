"""How pages and product texts enter the search index: one field per language.

Each indexed object is in exactly one language (a page's locale, a ``ProductText`` row's
locale). It fills ``search_title_<lang>`` and ``search_text_<lang>`` for that language only,
with words already normalised (``search.text.index_text``). On OpenSearch/Elasticsearch each
language's fields are analysed by that language's analyzer (stemming, stop words); the
database backend indexes the same normalised words without language analysis. See
docs/search.md.
"""

from django.conf import settings
from wagtail.search import index

from .text import index_text

# The analyzer of each language's fields on OpenSearch/Elasticsearch. ``french``, ``arabic``
# and ``english`` are built in; ``tachelhit`` is declared in settings (INDEX_SETTINGS).
LANGUAGE_ANALYZERS = {"fr": "french", "ar": "arabic", "shi": "tachelhit", "en": "english"}
TITLE_BOOST = 3


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def language_search_fields():
    """``search_fields`` entries for the per-language title and text of an indexed object."""
    fields = []
    for code in language_codes():
        analyzer = {"analyzer": LANGUAGE_ANALYZERS.get(code, "standard")}
        fields.append(
            index.SearchField(f"search_title_{code}", boost=TITLE_BOOST, es_extra=analyzer)
        )
        fields.append(index.SearchField(f"search_text_{code}", es_extra=analyzer))
    return fields


def fields_for_language(code):
    """The index fields a query in language ``code`` is matched against."""
    return [f"search_title_{code}", f"search_text_{code}"]


class LanguageSearchMixin:
    """Fills the per-language search fields from ``search_language``, ``search_title`` and
    ``search_body`` (defined by the model).

    The field getters are set on each model class itself, not inherited: Wagtail's
    Elasticsearch/OpenSearch mapping names a computed field after the class defining it.
    """

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for code in language_codes():
            for part in ("title", "text"):
                setattr(cls, f"search_{part}_{code}", _make_getter(code, part))

    def search_language(self) -> str:
        return self.locale.language_code

    def search_title(self) -> str:
        return self.title

    def search_body(self) -> str:
        return ""

    def _search_value(self, code, part):
        if self.search_language() != code:
            return ""
        return index_text(self.search_title() if part == "title" else self.search_body())


def _make_getter(code, part):
    def getter(self):
        return self._search_value(code, part)

    getter.__name__ = f"search_{part}_{code}"
    return getter
