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
never run as separate matches. The cost of a public query is bounded (issue 17): at most
MAX_WORDS words, ranked in one query on the index table (RankedResultsMixin), and a time
limit (search_time_limit) that a runaway query cannot outlast.
"""

import time
from contextlib import contextmanager

from django.conf import settings
from django.db import OperationalError, connection, transaction

from modelsearch.backends.base import EmptySearchResults
from modelsearch.query import PlainText

SIMPLE = "simple"
# Words of a query beyond these are not searched (each word is a clause the database joins).
MAX_WORDS = 8
# At most this many results are ranked and can be paged through (100 pages of 10).
MAX_RANKED = 1000
# SQLite calls the time check after this many virtual-machine instructions.
PROGRESS_STEPS = 1000


class SearchTimeout(Exception):
    """The search query ran past settings.SEARCH_TIMEOUT_MS and was cancelled."""


def language_config(language):
    """The PostgreSQL text-search configuration of a language (settings.SEARCH_LANGUAGE_CONFIGS)."""
    return getattr(settings, "SEARCH_LANGUAGE_CONFIGS", {}).get(language, SIMPLE)


def all_words(text):
    """The words of a query text, split at hyphens too (as Wagtail's PostgreSQL backend does);
    punctuation-only words are dropped (they have no tokens to match)."""
    words = text.replace("-", " ").split()
    return [word for word in words if any(char.isalnum() for char in word)]


def query_words(query):
    """The words of a plain-text query that are searched: the first MAX_WORDS."""
    return all_words(query.query_string)[:MAX_WORDS]


@contextmanager
def search_time_limit():
    """Cancel the queries inside after settings.SEARCH_TIMEOUT_MS and raise SearchTimeout, so
    that one search can never hold a worker: PostgreSQL's `statement_timeout` for this
    transaction only, SQLite's progress handler."""
    milliseconds = int(settings.SEARCH_TIMEOUT_MS)
    try:
        if connection.vendor == "postgresql":
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(
                    "SELECT current_setting('statement_timeout'),"
                    " set_config('statement_timeout', %s, true)",
                    [f"{max(milliseconds, 1)}ms"],  # 0 would mean no limit
                )
                previous = cursor.fetchone()[0]
                yield
                cursor.execute("SELECT set_config('statement_timeout', %s, true)", [previous])
        elif connection.vendor == "sqlite":
            connection.ensure_connection()
            deadline = time.monotonic() + milliseconds / 1000
            raw = connection.connection
            raw.set_progress_handler(lambda: time.monotonic() > deadline, PROGRESS_STEPS)
            try:
                yield
            finally:
                raw.set_progress_handler(None, PROGRESS_STEPS)
        else:
            yield
    except OperationalError as error:
        cause = error.__cause__
        if getattr(cause, "sqlstate", None) == "57014" or str(cause) == "interrupted":
            raise SearchTimeout from error
        raise


class RankedResultsMixin:
    """Results of a public (language) query: the ids of at most MAX_RANKED matches in rank
    order from one query on the index table (the compiler's `ranked_ids`), then only the
    objects of the page shown, by id. Wagtail's database backend instead ranks in a subquery
    per hit, which on SQLite repeats the full-text match for each one (issue 17)."""

    def _ranked(self):
        compiler = self.query_compiler
        if not hasattr(compiler, "ranked"):
            config = compiler.get_config(self.backend)
            compiler.ranked = list(compiler.ranked_ids(config)[:MAX_RANKED])
        return compiler.ranked

    def _is_public_query(self):
        compiler = self.query_compiler
        return (
            compiler.language is not None
            and isinstance(compiler.query, PlainText)
            and compiler.order_by_relevance
            and self._score_field is None
        )

    def _do_count(self):
        if not self._is_public_query():
            return super()._do_count()
        count = len(self._ranked())
        return count if count < MAX_RANKED else super()._do_count()

    def _do_search(self):
        if not self._is_public_query():
            return super()._do_search()
        ids = self._ranked()[self.start : self.stop]
        found = {str(obj.pk): obj for obj in self.query_compiler.queryset.filter(pk__in=ids)}
        return [found[pk] for pk in ids if pk in found]


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
