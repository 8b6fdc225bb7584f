"""SQLite (FTS5): the prefixes of search.terms, ORed per word, in one MATCH."""

from django.db.models import IntegerField, TextField, Value
from django.db.models.functions import Cast

from modelsearch.backends.database.sqlite.query import (
    LexemeCombinable,
    MatchExpression,
    SearchQueryExpression,
)
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.query import PlainText
from modelsearch.utils import get_descendants_content_types_pks

from ..terms import is_prefix, prefixes
from . import LanguageCompilerMixin, LanguageSearchMixin, RankedResultsMixin, query_words


class WordPrefixes(LexemeCombinable, Value):
    """`("p1"* OR "p2"*)`: a word matching any of its prefixes. Wagtail's SQLite lexemes do
    not parenthesise OR inside AND, hence one grouped lexeme per word."""

    def __init__(self, word, language):
        super().__init__(word)
        self.language = language

    def as_sql(self, compiler, connection):
        quoted = [
            '"{}"{}'.format(p.replace('"', '""'), "*" if is_prefix(p) else "")
            for p in prefixes(self.value, self.language)
        ]
        return "%s", ["(" + " OR ".join(quoted) + ")"]


class LanguageSQLiteQueryCompiler(LanguageCompilerMixin, SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if self.language is None or not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        words = query_words(query)
        if not words:
            return None
        lexemes = WordPrefixes(words[0], self.language)
        for word in words[1:]:
            if query.operator.upper() == "OR":
                lexemes |= WordPrefixes(word, self.language)
            else:
                lexemes &= WordPrefixes(word, self.language)
        return SearchQueryExpression(lexemes, config=config)

    def ranked_ids(self, config):
        """The object ids of the matches in the queryset, best first: FTS5's bm25() with
        Wagtail's title weighting, computed in the one full-text match."""
        match = MatchExpression(
            self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(self.query, config)
        )
        in_queryset = self.queryset.annotate(_object_id=Cast("pk", TextField()))
        return (
            SQLiteFTSIndexEntry.objects.filter(match)
            .filter(
                index_entry__content_type__in=get_descendants_content_types_pks(
                    self.queryset.model
                ),
                index_entry__object_id__in=in_queryset.values("_object_id"),
            )
            .annotate(score=self._build_rank_expression(self.get_search_vectors(), config))
            .order_by("score", Cast("index_entry__object_id", IntegerField()).desc())
            .values_list("index_entry__object_id", flat=True)
        )


class LanguageSQLiteSearchResults(RankedResultsMixin, SQLiteSearchResults):
    pass


class LanguageSQLiteSearchBackend(LanguageSearchMixin, SQLiteSearchBackend):
    query_compiler_class = LanguageSQLiteQueryCompiler
    results_class = LanguageSQLiteSearchResults
