"""PostgreSQL: each object indexed in its language's configuration plus `simple` tokens."""

import copy
from collections import defaultdict
from functools import reduce

from django.contrib.postgres.search import SearchQuery, SearchVector, SearchVectorField
from django.db.models import F, Func, IntegerField, TextField
from django.db.models.functions import Cast

from wagtail.models import Locale

from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import PlainText
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from ..terms import is_prefix, prefixes
from . import (
    SIMPLE,
    LanguageCompilerMixin,
    LanguageSearchMixin,
    RankedResultsMixin,
    language_config,
    query_words,
)


def word_query(word, language):
    """One typed word: the language's stemmed prefix, or any of its `simple` prefixes."""
    lexemes = reduce(
        lambda a, b: a | b, [Lexeme(p, prefix=is_prefix(p)) for p in prefixes(word, language)]
    )
    simple = SearchQuery(lexemes, search_type="raw", config=SIMPLE)
    config = language_config(language)
    if config == SIMPLE:
        return simple
    return (
        SearchQuery(Lexeme(word, prefix=is_prefix(word)), search_type="raw", config=config) | simple
    )


def concat_simple(field, text_field):
    """`field || to_tsvector('simple', text_field)` with the lowest weight."""
    return Func(
        F(field),
        SearchVector(text_field, config=SIMPLE, weight="D"),
        template="%(expressions)s",
        arg_joiner=" || ",
        output_field=SearchVectorField(),
    )


class LanguagePostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Wagtail's indexing, once per language configuration (Wagtail's indexer reads the
        configuration from the backend, so each group gets a copy configured for it), then the
        unstemmed tokens appended to the stemmed vectors of that group."""
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        groups = defaultdict(list)
        for obj in objs:
            groups[language_config(codes.get(getattr(obj, "locale_id", None)))].append(obj)
        for config, group in groups.items():
            backend = copy.copy(self.backend)
            backend.config = config
            PostgresIndex(backend).add_items(model, group)
            if config != SIMPLE:
                self.entries.filter(
                    content_type_id=get_content_type_pk(model),
                    object_id__in=[str(obj.pk) for obj in group],
                ).update(
                    title=concat_simple("title", "title_text"),
                    body=concat_simple("body", "body_text"),
                )


class LanguagePostgresQueryCompiler(LanguageCompilerMixin, PostgresSearchQueryCompiler):
    def build_tsquery_content(self, query, config=None, invert=False):
        if self.language is None or not isinstance(query, PlainText) or invert:
            return super().build_tsquery_content(query, config=config, invert=invert)
        words = query_words(query)
        if not words:
            return None
        parts = [word_query(word, self.language) for word in words]
        if query.operator == "or":
            return reduce(lambda a, b: a | b, parts)
        return reduce(lambda a, b: a & b, parts)

    def ranked_ids(self, config):
        """The object ids of the matches in the queryset, best first, from the index table
        alone: `title || body` matched through its GIN index and ranked as Wagtail ranks,
        without joining the index to the pages row by row."""
        search_query = self.build_tsquery(self.query, config=config)
        vectors = [(F("title"), F("title_norm")), (F("body"), 1.0)]
        in_queryset = self.queryset.annotate(_object_id=Cast("pk", TextField()))
        return (
            IndexEntry.objects.annotate(_vector_=F("title")._combine(F("body"), "||", False))
            .filter(
                _vector_=search_query,
                content_type__in=get_descendants_content_types_pks(self.queryset.model),
                object_id__in=in_queryset.values("_object_id"),
            )
            .order_by(
                self._build_rank_expression(vectors, config).desc(),
                Cast("object_id", IntegerField()).desc(),
            )
            .values_list("object_id", flat=True)
        )


class LanguagePostgresSearchResults(RankedResultsMixin, PostgresSearchResults):
    pass


class LanguagePostgresSearchBackend(LanguageSearchMixin, PostgresSearchBackend):
    query_compiler_class = LanguagePostgresQueryCompiler
    results_class = LanguagePostgresSearchResults
    index_class = LanguagePostgresIndex
