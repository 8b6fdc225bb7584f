"""The demo's synced translations of news, events and prevention (issue 9, item 5; Persian and
the whole Interkulturelle Woche since issue 15, item 8): real texts in en, tr, ar, uk and fa,
built like an editor's wagtail-localize translation, with one page left
German and one translation out of date on purpose. The demo content is loaded once for the
package (conftest.py)."""

import re

from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext

from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

import pytest
from bs4 import BeautifulSoup

from demo.loaders import translations as demo
from events.models import EventIndexPage, EventPage, InterculturalWeekPage
from home.menus import missing_sections
from news.models import NewsIndexPage, NewsPage
from prevention.models import PreventionIndexPage, PreventionMaterial, PreventionTopicPage

ARABIC = re.compile(r"[\u0600-\u06FF]")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
LATIN = re.compile(r"[A-Za-zÄÖÜäöüß]")
TURKISH = re.compile(r"[ıİşŞğĞçÇöÖüÜ]")
GERMAN_WORDS = re.compile(r"\b(und|der|die|das|Sie|nicht|mit|für|ist)\b")


pytestmark = pytest.mark.xdist_group("demo_content")


def texts(obj):
    """The translatable texts of a page or snippet, without its slug."""
    return [
        strip_tags(segment.render_text())
        for segment in extract_segments(obj)
        if isinstance(segment, StringSegmentValue) and segment.path != "slug"
    ]


def german_of(obj):
    return obj.get_translation(Locale.objects.get(language_code="de"))


@pytest.mark.django_db
@pytest.mark.parametrize("code", demo.LANGUAGES)
def test_each_language_has_real_translations_of_every_section(demo_content, code):
    locale = Locale.objects.get(language_code=code)
    for model in [NewsIndexPage, EventIndexPage, PreventionIndexPage]:
        index = model.objects.get(locale=locale)
        assert index.live and index.alias_of_id is None
    assert NewsPage.objects.live().filter(locale=locale).count() >= 3
    assert EventPage.objects.live().filter(locale=locale).count() >= 3
    assert PreventionTopicPage.objects.live().filter(locale=locale).count() >= 2
    assert PreventionMaterial.objects.filter(locale=locale, live=True).count() >= 2
    week = InterculturalWeekPage.objects.get(locale=locale, live=True)
    # Its programme stays German on purpose: the page says so (test below).
    assert not EventPage.objects.child_of(week).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("code", demo.LANGUAGES)
def test_translated_titles_and_bodies_are_not_german(demo_content, code):
    locale = Locale.objects.get(language_code=code)
    pages = [p.specific for p in Page.objects.filter(locale=locale, depth__gt=3)]
    materials = list(PreventionMaterial.objects.filter(locale=locale))
    translated = [obj for obj in [*pages, *materials] if german_of(obj).pk != obj.pk]
    assert len(translated) >= 3 + 3 + 2 + 2
    for obj in translated:
        own, german = texts(obj), texts(german_of(obj))
        assert len(own) == len(german) >= 2, obj
        for text, german_text in zip(own, german, strict=True):
            assert text != german_text, (code, text)
            if code in ("ar", "fa"):
                assert ARABIC.search(text) and not LATIN.search(text.replace("Bad Kreuznach", ""))
            elif code == "uk":
                assert CYRILLIC.search(text) and not LATIN.search(text), text
            else:
                assert not GERMAN_WORDS.search(text), (code, text)
        if code == "tr":
            assert TURKISH.search(" ".join(own)), own


@pytest.mark.django_db
def test_translations_are_synced_wagtail_localize_translations(demo_content):
    for code in demo.LANGUAGES:
        locale = Locale.objects.get(language_code=code)
        for page in NewsPage.objects.filter(locale=locale):
            translation = Translation.objects.get(
                source__object_id=page.translation_key, target_locale=locale, enabled=True
            )
            segments = StringSegment.objects.filter(source=translation.source).count()
            translated = StringTranslation.objects.filter(
                locale=locale, translation_of__segments__source=translation.source
            ).count()
            assert segments == translated > 0


@pytest.mark.django_db
def test_event_facts_stay_those_of_the_german_event(demo_content):
    events = EventPage.objects.filter(locale__language_code="ar")
    assert events.count() >= 3
    for event in events:
        german = german_of(event)
        assert (event.start, event.end, event.status, event.venue_id) == (
            german.start,
            german.end,
            german.status,
            german.venue_id,
        )
    assert events.filter(status="postponed").exists()


@pytest.mark.django_db
def test_one_page_stays_german_and_one_translation_is_out_of_date(demo_content):
    untranslated = NewsPage.objects.get(title=demo.UNTRANSLATED_NEWS)
    assert Page.objects.filter(translation_key=untranslated.translation_key).count() == 1

    stale = NewsPage.objects.get(title=demo.OUT_OF_DATE_NEWS)
    assert stale.teaser == demo.OUT_OF_DATE_NEW_TEASER
    source = TranslationSource.objects.get(object_id=stale.translation_key)
    assert stale.last_published_at > source.last_updated_at
    for code in demo.LANGUAGES:
        translation = stale.get_translation(Locale.objects.get(language_code=code))
        assert translation.live
        old_teaser = "Betrüger geben sich am Telefon als Polizei aus. So schützen Sie sich."
        assert translation.teaser == demo.catalogue(code)[(old_teaser, None)]
        assert translation.live_revision.created_at < stale.last_published_at


@pytest.mark.django_db
def test_translated_pages_are_served_and_only_the_stale_one_says_so(demo_content, client):
    stale = NewsPage.objects.get(title=demo.OUT_OF_DATE_NEWS)
    for code in demo.LANGUAGES:
        for page in Page.objects.filter(locale__language_code=code, depth__gte=3).specific():
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            note = "site-out-of-date" in response.content.decode()
            assert note == (page.translation_key == stale.translation_key), page.url


def nav_links(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    soup = BeautifulSoup(response.content, "html.parser")
    return [(a["href"], a.get("lang")) for a in soup.select("nav.site-nav a")]


@pytest.mark.django_db
def test_every_languages_main_menu_has_its_live_sections(demo_content, client):
    """The menus follow the content (issue 15, item 4): news, events and prevention show in
    each language that has them, without anyone editing that language's menu."""
    german = Locale.objects.get(language_code="de")
    sections = [
        NewsIndexPage.objects.get(locale=german),
        EventIndexPage.objects.get(locale=german),
        PreventionIndexPage.objects.get(locale=german),
        Page.objects.get(locale=german, slug="kooperation"),
        Page.objects.get(locale=german, slug="karriere"),  # German only
        Page.objects.get(locale=german, slug="kontakt"),
    ]
    for code in ["de", *demo.LANGUAGES, "ru"]:
        locale = Locale.objects.get(language_code=code)
        expected = [
            page.get_translation(locale).url
            for page in sections
            if page.has_translation(locale) and page.get_translation(locale).live
        ]
        if code != "de":
            # The language's own link to the German career page, whose text says so (issue 19).
            expected.append(sections[4].url)
        home = Page.objects.get(locale=locale, depth=2)
        assert [url for url, _lang in nav_links(client, home.url)] == expected, code
        assert len(expected) == {"ru": 3}.get(code, 6), code
    # No live section is missing from any language's main menu.
    assert missing_sections() == []


@pytest.mark.django_db
@pytest.mark.parametrize("code", demo.LANGUAGES)
def test_the_translated_week_says_its_programme_is_german_and_that_it_is_over(
    demo_content, client, code
):
    german_week = InterculturalWeekPage.objects.get(locale__language_code="de", year=2026)
    week = german_week.get_translation(Locale.objects.get(language_code=code))
    with translation.override(code):
        only_german = gettext("The programme exists only in German so far.")
        soon = gettext("The programme will be published soon.")
        over = gettext("The Intercultural Week %(year)s is over.") % {"year": 2026}
    response = client.get(week.url)
    soup = BeautifulSoup(response.content, "html.parser")
    text = soup.get_text(" ", strip=True)
    assert only_german in text and soon not in text and over in text
    link = soup.select_one(".site-german-only a[hreflang=de]")
    assert link["href"] == german_week.url
    assert link.find(lang="de").get_text(strip=True) == german_week.title


@pytest.mark.django_db
def test_the_cancelled_reading_of_the_past_week_did_not_take_place(demo_content, client):
    reading = EventPage.objects.get(locale__language_code="de", status="cancelled")
    assert reading.is_past
    text = BeautifulSoup(client.get(reading.url).content, "html.parser").get_text(" ")
    with translation.override("de"):
        assert gettext("This event is cancelled.") in text
        assert gettext("This event has already taken place.") not in text
