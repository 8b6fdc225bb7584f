"""Search finds what people type (issue 15): inflected forms and beginnings of words, in the
visitor's language, on SQLite (FTS5 prefixes, search.terms) and PostgreSQL (the language's
text-search configuration plus prefixes). Run on both databases."""

from django.conf import settings
from django.db import connection

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from home.factories import paragraphs
from news.factories import NewsIndexPageFactory, NewsPageFactory
from search.backends import language_config
from search.terms import prefixes
from tests.conftest import build_home_page, build_homes, each_test_gets, translate

pytestmark = pytest.mark.django_db

# language: (title of the item, body, what a visitor types, what must not match)
ITEMS = {
    "de": ("Betrüger am Telefon", "Einbruch in der Neustadt und falsche Polizisten.", "Fahrrad"),
    "ar": ("الاحتيال عبر الهاتف", "السرقة من المنازل في المدينة.", "دراجة"),
    "uk": ("Шахрайство по телефону", "Крадіжки з квартир у місті.", "велосипед"),
    "tr": ("Dolandırıcılara dikkat", "Evlere hırsızlık ve sahte polisler.", "bisiklet"),
    "en": ("Scammers on the phone", "A burglary in the old town and fake police officers.", "bike"),
}
# What people type, and the item it must find (the title above) in that language.
TYPED = {
    "de": ["Betrug", "betrüger", "Einbr", "Einbrüche", "Polizist"],
    "ar": ["احتيال", "الاحتيال", "بالاحتيال", "سرقة"],
    "uk": ["шахрайства", "шахрай", "крадіжка", "квартира"],
    "tr": ["dolandırıcı", "dolandırıcılar", "hırsız", "polis"],
    "en": ["scam", "scammer", "burglaries", "Burgl", "police"],
}


def search(client, lang, query):
    response = client.get(f"/{lang}/suche/", {"q": query})
    assert response.status_code == 200
    main = BeautifulSoup(response.content, "html.parser").find("main")
    return [a.get_text(strip=True) for a in main.select(".site-results li h2 a")]


@pytest.fixture(scope="module")
def shared_items(module_db):
    """Built once for the module (tests.conftest.module_db): only searched, never changed."""
    news_index = NewsIndexPageFactory(parent=build_homes(build_home_page())["de"])
    german = NewsPageFactory(
        parent=news_index, title=ITEMS["de"][0], body=paragraphs(ITEMS["de"][1])
    )
    NewsPageFactory(parent=news_index, title="Sicher zur Schule", body=paragraphs("Schulweg."))
    for code, (title, body, _other) in ITEMS.items():
        if code != "de":
            translate(news_index, code, title=f"News {code}", slug=f"news-{code}")
            translate(german, code, title=title, slug=f"item-{code}", body=paragraphs(body))
    return german


@pytest.fixture
def items(db, shared_items):
    return each_test_gets(shared_items)


@pytest.mark.parametrize("lang", sorted(TYPED))
def test_inflected_forms_and_prefixes_find_the_item(client, items, lang):
    title = ITEMS[lang][0]
    found = {typed: search(client, lang, typed) for typed in TYPED[lang]}
    assert found == {typed: [title] for typed in TYPED[lang]}


@pytest.mark.parametrize("lang", sorted(TYPED))
def test_an_unrelated_word_finds_nothing_and_other_languages_stay_out(client, items, lang):
    assert search(client, lang, ITEMS[lang][2]) == []
    others = [code for code in TYPED if code != lang]
    for code in others:
        assert ITEMS[lang][0] not in search(client, code, TYPED[lang][0])


def test_all_words_must_match(client, items):
    assert search(client, "de", "Betrug Telefon") == [ITEMS["de"][0]]
    assert search(client, "de", "Betrug Fahrrad") == []


def test_one_or_two_letters_match_whole_words_only(client, items):
    assert search(client, "de", "Be") == []  # not every word starting with "be"
    assert search(client, "de", "Betrug am") == [ITEMS["de"][0]]


def test_punctuation_and_quotes_are_no_error(client, items):
    for query in ['"', "-", "!!", "Betrug*", "a'b", "(Einbr", "NOT", "OR Betrug", "50%"]:
        search(client, "de", query)  # status 200 asserted inside


@pytest.mark.parametrize(
    ("word", "language", "expected"),
    [
        ("Betrüger", "de", ["betrüg"]),
        ("Einbr", "de", ["einbr"]),
        ("Rad", "de", ["rad"]),  # short words keep their letters
        ("الاحتيال", "ar", ["احتيال", "الاحتيال", "والاحتيال", "بالاحتيال", "للاحتيال"]),
        ("dolandırıcılığa", "tr", ["dolandırıcılığ", "dolandırıcılık"]),
        ("İzmir", "tr", ["izmir"]),
        ("шахрайства", "uk", ["шахрайств"]),
    ],
)
def test_the_prefixes_of_a_typed_word(word, language, expected):
    assert prefixes(word, language) == expected


def test_every_site_language_is_indexed_with_a_configuration_postgresql_has():
    """A configuration PostgreSQL does not know would fail every index update of that
    language; languages it cannot stem (uk, pl, bg, fa) use `simple`."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's text-search configurations")
    with connection.cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_ts_config")
        known = {row[0] for row in cursor.fetchall()}
    for code, _name in settings.LANGUAGES:
        assert language_config(code) in known, code
    assert {language_config(code) for code in ("uk", "pl", "bg", "fa")} == {"simple"}


def test_queries_without_a_language_work_as_before(items):
    """The admin and Wagtail's own searches give no language: whole words, unstemmed."""
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    assert [
        p.title for p in backend.search("Betrüger", Page.objects.filter(locale=items.locale))
    ] == [ITEMS["de"][0]]


def test_postgresql_indexes_each_language_with_its_configuration(items):
    """German content carries German stems (a full inflected word finds another form) and the
    unstemmed tokens; Ukrainian, which PostgreSQL cannot stem, only the unstemmed ones."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's text-search configurations")
    from django.contrib.postgres.search import SearchQuery

    from wagtail.search.models import IndexEntry

    entries = IndexEntry.objects.filter(object_id=str(items.pk))
    assert entries.filter(body=SearchQuery("Einbrüchen", config="german")).exists()
    assert entries.filter(title=SearchQuery("betrüger", config="simple")).exists()
    ukrainian = items.get_translation(Locale.objects.get(language_code="uk"))
    entries = IndexEntry.objects.filter(object_id=str(ukrainian.pk))
    assert entries.filter(title=SearchQuery("шахрайство", config="simple")).exists()
