"""SQLite (FTS5): the prefixes of search.terms, ORed per word, in one MATCH."""

from django.db.models import Value

from modelsearch.backends.database.sqlite.query import LexemeCombinable, SearchQueryExpression
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import PlainText

from ..terms import is_prefix, prefixes
from . import LanguageCompilerMixin, LanguageSearchMixin, query_words


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


class LanguageSQLiteSearchBackend(LanguageSearchMixin, SQLiteSearchBackend):
    query_compiler_class = LanguageSQLiteQueryCompiler
