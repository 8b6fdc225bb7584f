"""Übersetzungsstand: the editors' table of German pages and snippets against the languages,
with a missing, an up-to-date, an out-of-date and an awaiting-approval translation, and a
query count that does not grow with the content."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from editorial.reports import status
from home.factories import AlertFactory
from news.factories import NewsPageFactory

from ..conftest import translate

pytestmark = pytest.mark.django_db

URL = "/admin/uebersetzungsstand/"


def cell(page, code):
    """The status of `page` (German) in the language `code`."""
    _locales, rows, _counts = status.build_table()
    row = next(row for row in rows if row["pk"] == page.pk and row["model"] is None)
    return next(c for c in row["cells"] if c["locale"].language_code == code)


@pytest.fixture
def arabic_index(arabic_home, news_index):
    return translate(news_index, "ar", title="الأخبار")


def news(news_index, title):
    return NewsPageFactory(parent=news_index, title=title, teaser="Text.", publish=True)


def test_a_page_without_translation_is_missing_with_a_link_to_translate(arabic_index, news_index):
    page = news(news_index, "Nur deutsch")
    result = cell(page, "ar")
    assert result["status"] == status.MISSING
    assert [url for _label, url in result["actions"]] == [
        reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    ]


def test_a_translation_made_after_the_last_german_publish_is_up_to_date(arabic_index, news_index):
    page = news(news_index, "Aktuell")
    arabic = translate(page, "ar", title="حديث")
    result = cell(page, "ar")
    assert result["status"] == status.UP_TO_DATE
    urls = [url for _label, url in result["actions"]]
    assert urls == [reverse("wagtailadmin_pages:edit", args=[arabic.pk])]


def test_a_german_publish_after_the_translation_makes_it_out_of_date(arabic_index, news_index):
    page = news(news_index, "Veraltet")
    translate(page, "ar", title="قديم")
    assert cell(page, "ar")["status"] == status.UP_TO_DATE
    page.teaser = "Neuer Text."
    page.save_revision().publish()
    assert cell(page, "ar")["status"] == status.OUT_OF_DATE
    # An unpublished German draft changes nothing the translation would have to say.
    other = news(news_index, "Nur Entwurf")
    translate(other, "ar", title="مسودة")
    other.teaser = "Entwurf."
    other.save_revision()
    assert cell(other, "ar")["status"] == status.UP_TO_DATE


def test_a_translation_in_the_joint_approval_is_awaiting_approval(
    arabic_index, news_index, editorial, translator
):
    page = news(news_index, "In Freigabe")
    arabic = translate(page, "ar", publish=False, title="قيد الموافقة")
    editorial.start(arabic, translator)
    result = cell(page, "ar")
    assert result["status"] == status.AWAITING_APPROVAL
    review = reverse("editorial_review_translation", args=["wagtailcore", "page", arabic.pk])
    assert review in [url for _label, url in result["actions"]]


def test_an_unpublished_translation_is_a_draft(arabic_index, news_index):
    page = news(news_index, "Entwurf")
    translate(page, "ar", publish=False, title="مسودة")
    assert cell(page, "ar")["status"] == status.DRAFT


def test_snippets_are_listed_too(arabic_home):
    alert = AlertFactory(title="Hinweis", publish=True)
    _locales, rows, _counts = status.build_table()
    row = next(row for row in rows if row["model"] is not None and row["pk"] == alert.pk)
    arabic = next(c for c in row["cells"] if c["locale"].language_code == "ar")
    assert arabic["status"] == status.MISSING
    assert "submit/snippet/home/alert/" in arabic["actions"][0][1]


def test_editors_see_the_table_and_the_reports_menu_links_it(
    client, arabic_index, news_index, editor_police, django_user_model
):
    page = news(news_index, "Sichtbar")
    client.force_login(editor_police)
    response = client.get(URL)
    assert response.status_code == 200
    assert page.title in response.content.decode()
    assert 'data-status="missing"' in response.content.decode()
    assert reverse("editorial_translation_status") == URL
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert URL in home and "bersetzungsstand" in home  # the sidebar JSON escapes "Ü"

    nobody = django_user_model.objects.create_user(username="nobody", password="x")
    client.force_login(nobody)
    assert client.get(URL).status_code in (302, 403)


def test_the_query_count_does_not_grow_with_pages_languages_and_snippets(
    client, news_index, homes, editor_police
):
    translate(news_index, "ar", title="الأخبار")
    client.force_login(editor_police)
    client.get(URL)  # warm caches (content types, site root paths)

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(URL).status_code == 200
        return len(queries)

    before = count()
    for number in range(5):
        page = news(news_index, f"Mehr {number}")
        if number % 2:
            translate(page, "ar", title=f"المزيد {number}")
        AlertFactory(title=f"Hinweis {number}", publish=True)
    assert count() == before


def rows_of(response):
    """(German title, {language: status}) of each row the report shows."""
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        (
            tr.th.get_text(strip=True),
            {td["data-locale"]: td["data-status"] for td in tr.select("td[data-status]")},
        )
        for tr in soup.select("[data-translation-status] tbody tr")
    ]


def test_fifty_rows_a_page_and_the_next_page_keeps_the_filters(client, news_index, editor_police):
    for number in range(50):
        NewsPageFactory(parent=news_index, title=f"Meldung {number:02}", live=False)
    client.force_login(editor_police)
    first = rows_of(client.get(URL))
    assert len(first) == 50
    second = client.get(URL, {"type": "page", "p": 2})
    titles = [title for title, _cells in rows_of(second)]
    assert titles and set(titles).isdisjoint(title for title, _cells in first)
    assert "Seite 2 von 2" in second.content.decode()
    link = BeautifulSoup(second.content, "html.parser").select_one(".pagination .prev a")
    assert link["href"] == f"{URL}?type=page&p=1"


def test_the_filters_narrow_rows_and_languages(client, arabic_index, news_index, translator):
    """A language shows only its column; a status keeps the rows with a cell in it; a type keeps
    pages or one kind of snippet. Translators see the report like editors."""
    translated = news(news_index, "Übersetzt")
    translate(translated, "ar", title="مترجم")
    untranslated = news(news_index, "Nicht übersetzt")
    AlertFactory(title="Hinweis ohne Übersetzung", publish=True)
    client.force_login(translator)

    arabic_missing = rows_of(client.get(URL, {"language": "ar", "status": "missing"}))
    assert (untranslated.title, {"ar": "missing"}) in arabic_missing
    assert translated.title not in [title for title, _cells in arabic_missing]
    assert ("Hinweis ohne Übersetzung", {"ar": "missing"}) in arabic_missing

    pages_only = rows_of(client.get(URL, {"language": "ar", "status": "missing", "type": "page"}))
    assert "Hinweis ohne Übersetzung" not in [title for title, _cells in pages_only]
    alerts = rows_of(client.get(URL, {"type": "home.alert"}))
    assert [title for title, _cells in alerts] == ["Hinweis ohne Übersetzung"]
    # The filter form refreshes the table from the results URL.
    assert rows_of(client.get(f"{URL}results/", {"type": "home.alert"})) == alerts


def test_the_summary_links_keep_the_filters_and_start_on_page_one(
    client, arabic_index, editor_police
):
    client.force_login(editor_police)
    response = client.get(URL, {"language": "ar", "p": "1", "q": '"<x>'})
    summary = BeautifulSoup(response.content, "html.parser").select_one("[data-summary]")
    hrefs = [a["href"] for a in summary.select("a")]
    assert "?language=ar&q=%22%3Cx%3E&status=missing" in hrefs
    assert '"<x>' not in response.content.decode()


def test_the_csv_download_has_the_filtered_table_with_formulas_neutralised(
    client, arabic_index, news_index, editor_police
):
    news(news_index, "=HYPERLINK(1)")
    client.force_login(editor_police)
    response = client.get(URL, {"language": "ar", "export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv"
    assert 'filename="uebersetzungsstand.csv"' in response["Content-Disposition"]
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert lines[0] == "Deutsches Original,Typ,العربية"
    assert "'=HYPERLINK(1),Seite,Fehlt" in lines
    assert "Aktuelles,Seite,Aktuell" in lines


def test_the_xlsx_download(client, arabic_index, editor_police):
    client.force_login(editor_police)
    response = client.get(URL, {"export": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert b"".join(response.streaming_content).startswith(b"PK")  # a zip file: the workbook
