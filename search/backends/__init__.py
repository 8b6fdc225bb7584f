"""Wagtail's database search backend, taught the language of a query.

`search(query, queryset, language="de")` matches every typed word as a prefix, with the light
per-language normalisation of search.terms, so inflected forms and beginnings of words are
found; without `language` (the admin, Wagtail's own searches) the backends behave as Wagtail's.

- PostgreSQL (search.backends.postgres): an object is indexed with the text-search
  configuration of its own language (german, english, turkish, russian, arabic, romanian ...;
  `simple` where PostgreSQL has none: Ukrainian, Polish, Bulgarian, Persian) plus the unstemmed
  `simple` tokens, which keep the admin's `simple` queries and stop words working. A public
  query ORs, per word, the language's stemmed prefix and the `simple` prefixes of search.terms.
- SQLite (search.backends.sqlite): FTS5's tokenizer folds case and Latin diacritics (ü -> u) in
  the index and in the query alike, so the prefixes of search.terms are enough.

Either way a query stays one full-text match: the alternatives of a word are ORed inside it,
never run as separate matches.
"""

from django.conf import settings
from django.db import connection

from modelsearch.backends.base import EmptySearchResults
from modelsearch.query import PlainText

SIMPLE = "simple"


def language_config(language):
    """The PostgreSQL text-search configuration of a language (settings.SEARCH_LANGUAGE_CONFIGS)."""
    return getattr(settings, "SEARCH_LANGUAGE_CONFIGS", {}).get(language, SIMPLE)


def query_words(query):
    """The words of a plain-text query, split at hyphens too (as Wagtail's PostgreSQL backend
    does); punctuation-only words are dropped (they have no tokens to match)."""
    words = query.query_string.replace("-", " ").split()
    return [word for word in words if any(char.isalnum() for char in word)]


class LanguageCompilerMixin:
    """A query compiler that knows the language of the query (None: Wagtail's behaviour)."""

    def __init__(self, *args, language=None, **kwargs):
        self.language = language
        super().__init__(*args, **kwargs)


class LanguageSearchMixin:
    """A backend whose `search()` accepts the language of the query."""

    def search(
        self,
        query,
        model_or_queryset,
        fields=None,
        operator=None,
        order_by_relevance=True,
        language=None,
    ):
        if language is not None and isinstance(query, str) and not query_words(PlainText(query)):
            return EmptySearchResults()  # only punctuation: nothing to match
        return self._search(
            self.query_compiler_class,
            query,
            model_or_queryset,
            fields=fields,
            operator=operator,
            order_by_relevance=order_by_relevance,
            language=language,
        )


def SearchBackend(params):
    """The language-aware variant of the backend Wagtail's database backend would pick."""
    if connection.vendor == "postgresql":
        from .postgres import LanguagePostgresSearchBackend

        return LanguagePostgresSearchBackend(params)
    if connection.vendor == "sqlite":
        from .sqlite import LanguageSQLiteSearchBackend

        return LanguageSQLiteSearchBackend(params)
    from modelsearch.backends.database import SearchBackend as database_backend

    return database_backend(params)  # MySQL: Wagtail's own (no language support)
