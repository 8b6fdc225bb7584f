"""Per-language search (issue 9; each language's own configuration since issue 15, see
tests/search/test_forms.py): results filtered by locale, so a search in one language finds
only that language's pages and materials; a translated material offers the files of its
German source."""

from django.conf import settings
from django.db import connection

from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

import pytest
from bs4 import BeautifulSoup

from home.factories import paragraphs
from news.factories import NewsPageFactory
from prevention.factories import PreventionMaterialFactory, PreventionMaterialFileFactory
from prevention.models import PreventionMaterial
from tests.conftest import translate

pytestmark = pytest.mark.django_db


def search(client, lang, query):
    response = client.get(f"/{lang}/suche/", {"q": query})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    main = soup.find("main")
    pages = [a.get_text(strip=True) for a in main.select(".site-results li h2 a")]
    materials = [
        m.find(class_="kern-title").get_text(strip=True) for m in main.select(".site-material")
    ]
    return pages, materials, main


@pytest.fixture
def news_in_two_languages(news_index, arabic_home):
    german = NewsPageFactory(
        parent=news_index,
        title="Kreuznacher Fahrradcodierung",
        body=paragraphs("Kostenlose Fahrradcodierung am Kornmarkt in Kreuznach."),
    )
    translate(news_index, "ar", title="الأخبار", slug="akhbar")
    arabic = translate(
        german,
        "ar",
        title="ترميز الدراجات في Kreuznach",
        slug="tarmiz",
        body=paragraphs("ترميز الدراجات مجانًا في Kreuznach."),
    )
    return german, arabic


@pytest.fixture
def material_in_two_languages(arabic, arabic_home):
    german = PreventionMaterialFactory(
        title="Vorsicht Enkeltrick Kreuznach", languages=["de", "tr"], publish=True
    )
    arabic_material = german.copy_for_translation(arabic)
    arabic_material.title = "احذروا خدعة الحفيد Kreuznach"
    arabic_material.save()
    return german, PreventionMaterial.objects.get(pk=arabic_material.pk)


def test_the_backend_is_the_language_aware_database_backend():
    """Wagtail's database backend (PostgreSQL's full-text search on PostgreSQL, FTS5 on
    SQLite), taught the language of a query (search.backends); queries without a language
    (the admin) use the unstemmed `simple` tokens."""
    config = settings.WAGTAILSEARCH_BACKENDS["default"]
    assert config["BACKEND"] == "search.backends"
    assert config["SEARCH_CONFIG"] == "simple"
    backend = get_search_backend()
    if connection.vendor == "postgresql":  # each backend module imports only on its database
        from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

        assert isinstance(backend, PostgresSearchBackend)
        assert backend.config == "simple"
    else:
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

        assert isinstance(backend, SQLiteSearchBackend)


def test_a_search_in_a_language_finds_only_that_languages_pages(
    client, news_in_two_languages, material_in_two_languages
):
    pages, materials, _main = search(client, "de", "Kreuznach")
    assert pages == ["Kreuznacher Fahrradcodierung"]
    assert materials == ["Vorsicht Enkeltrick Kreuznach"]

    pages, materials, _main = search(client, "ar", "Kreuznach")
    assert pages == ["ترميز الدراجات في Kreuznach"]
    assert materials == ["احذروا خدعة الحفيد Kreuznach"]


def test_an_arabic_word_is_found_in_arabic_only(client, news_in_two_languages):
    assert search(client, "ar", "الدراجات")[0] == ["ترميز الدراجات في Kreuznach"]
    assert search(client, "de", "الدراجات")[0] == []
    assert search(client, "de", "Fahrradcodierung")[0] == ["Kreuznacher Fahrradcodierung"]
    assert search(client, "ar", "Fahrradcodierung")[0] == []


def test_the_backend_filters_materials_by_locale(material_in_two_languages, german, arabic):
    german_material, arabic_material = material_in_two_languages
    backend = get_search_backend()
    for locale, expected in ((german, german_material), (arabic, arabic_material)):
        found = list(backend.search("Kreuznach", PreventionMaterial.objects.filter(locale=locale)))
        assert found == [expected]
    assert Locale.objects.filter(language_code="ar").exists()


def test_a_translated_material_offers_the_files_of_its_german_source(
    client, material_in_two_languages
):
    german_material, arabic_material = material_in_two_languages
    # The German editors add a Farsi file later; the Arabic translation is not touched.
    PreventionMaterialFileFactory(material=german_material, language="fa")
    _pages, _materials, main = search(client, "ar", "Kreuznach")
    (material,) = main.select(".site-material")
    assert {a["hreflang"] for a in material.select(".site-downloads a")} == {"de", "tr", "fa"}
    assert arabic_material.files.count() == 2  # its own rows are unchanged


def test_the_language_filter_follows_the_files_a_material_shows(
    client, material_in_two_languages, prevention_index
):
    """A translation shows its German source's files, so the library's language filter
    judges by those: a Farsi file added in German makes the Arabic material a Farsi one."""
    german_material, arabic_material = material_in_two_languages
    arabic_index = translate(prevention_index, "ar", title="الوقاية")
    arabic_material.files.all().delete()  # its own rows no longer matter
    PreventionMaterialFileFactory(material=german_material, language="fa")
    assert arabic_material in arabic_index.materials({"language": "fa"})
    assert arabic_material in arabic_index.materials({"language": "tr"})
    assert arabic_material not in arabic_index.materials({"language": "ru"})
    assert german_material in prevention_index.materials({"language": "fa"})
