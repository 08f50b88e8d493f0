"""Wagtail's database search backend, with each language analysed as that language on PostgreSQL.

Wagtail's PostgreSQL backend (django-modelsearch) indexes and queries every document with one
text-search configuration. Here each document is indexed with its own language's
configuration (``POSTGRES_CONFIGS``), and a query for one language (``for_language``) is
analysed with that language's configuration; a query for no language in particular (Wagtail's
admin) is analysed with every configuration, so it finds documents in all four languages.

Accents: PostgreSQL's stemmers need them ("tissées" and "tissé" share the stem ``tiss`` only
as written), so the extension ``unaccent``, which folds words before they are stemmed, is not
used. Instead the index holds each changed word both normalised and as written
(``search.text.index_text``), and each word of a query is looked up both as typed and
normalised (``search.text.normalise``): "tapis berbere", "Tapis berbère" and "tissé" find
"tapis berbères tissés".

SQLite, MySQL and other databases get Wagtail's own database backend, unchanged.
See docs/search.md.
"""

import copy
from functools import reduce

from django.contrib.postgres.search import SearchQuery
from django.db import connection
from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import PlainText

from .text import normalise

# The best configuration PostgreSQL 15 ships for each site language (``pg_ts_config``).
# Tachelhit has none: ``simple`` lowercases and keeps every word, as typed.
POSTGRES_CONFIGS = {"fr": "french", "ar": "arabic", "en": "english", "shi": "simple"}
# Documents with no language (images, documents, snippets without a locale).
NO_LANGUAGE_CONFIG = "simple"


def config_for_language(code):
    return POSTGRES_CONFIGS.get(code, NO_LANGUAGE_CONFIG)


def language_of(obj):
    """The language an indexed object is written in, if it has one."""
    if hasattr(obj, "search_language"):
        return obj.search_language()
    if getattr(obj, "locale_id", None) is not None:
        return obj.locale.language_code
    return None


class LanguageIndex(PostgresIndex):
    """Indexes each object with the configuration of the language it is written in."""

    def add_items(self, model, objs):
        by_config = {}
        for obj in objs:
            by_config.setdefault(config_for_language(language_of(obj)), []).append(obj)
        for config, group in by_config.items():
            # Wagtail's indexer reads the configuration from the backend: give it a copy.
            index = copy.copy(self)
            index.backend = self.backend.with_index_config(config)
            PostgresIndex.add_items(index, model, group)


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    """Each word of a plain-text query matches, under each configuration searched, as typed or
    normalised; every word must match (``operator="and"``) or any (``"or"``)."""

    def get_config(self, backend):
        return backend.query_configs

    def build_tsquery_content(self, query, config=None, invert=False):
        configs = config or (NO_LANGUAGE_CONFIG,)
        if not isinstance(query, PlainText) or invert:
            return super().build_tsquery_content(query, config=configs[0], invert=invert)
        words = [word for word in query.query_string.split() if word]
        if not words:
            return None
        per_word = []
        for word in words:
            forms = dict.fromkeys([word.lower(), normalise(word)])
            per_word.append(
                reduce(
                    lambda a, b: a | b,
                    [
                        SearchQuery(Lexeme(form), search_type="raw", config=each)
                        for each in configs
                        for form in forms
                        if form
                    ],
                )
            )
        if query.operator == "and":
            return reduce(lambda a, b: a & b, per_word)
        return reduce(lambda a, b: a | b, per_word)


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    """PostgreSQL full text with one configuration per language."""

    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler
    # The words reach the backend as typed: it looks each one up as typed and normalised.
    keeps_query_as_typed = True

    def __init__(self, params):
        super().__init__(params)
        self.config = NO_LANGUAGE_CONFIG
        self.query_configs = tuple(dict.fromkeys([*POSTGRES_CONFIGS.values(), self.config]))

    def for_language(self, code):
        """This backend, analysing queries as language ``code``."""
        backend = copy.copy(self)
        backend.query_configs = (config_for_language(code),)
        return backend

    def with_index_config(self, config):
        backend = copy.copy(self)
        backend.config = config
        return backend


def SearchBackend(params):  # noqa: N802 (Wagtail looks a backend module's ``SearchBackend`` up)
    """Wagtail's database backend for the default database; per-language on PostgreSQL."""
    if connection.vendor == "postgresql":
        return LanguagePostgresSearchBackend(params)
    return database_backend(params)
