"""Facts that exist once are shown in every language (issue 15, item 1): the partners exist in
German, some translated. News, events, materials, the news filter, the feeds and the JSON-LD
of every language name them all, the translation where one is live and else the German name
marked lang="de"; German reads as correct German; lists use the language's separators.
Languages: German, Ukrainian (left to right, one partner translated), Arabic (right to left,
none translated) and Persian (only a home page)."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

import feedparser
import pytest
from bs4 import BeautifulSoup

from events.factories import EventPageFactory, VenueFactory
from home.attribution import join_names
from home.templatetags.lang_tags import comma_list
from news.factories import NewsPageFactory
from news.models import NewsPage
from partners.factories import PartnerFactory
from partners.facts import partners_for
from partners.models import Partner, PartnerKind
from prevention.factories import PreventionMaterialFactory
from tests.conftest import translate
from tests.test_metadata import head_of, of_type

pytestmark = pytest.mark.django_db

PI = "Polizeiinspektion Bad Kreuznach"
KI = "Kriminalinspektion Bad Kreuznach"
BEIRAT = "Beirat für Migration und Integration des Landkreises Bad Kreuznach"
PI_UK = "Поліцейська інспекція Бад-Кройцнах"
START = timezone.make_aware(datetime.datetime(2031, 5, 20, 18, 0))

GERMAN_ISSUED = (
    "Mitteilung der Kriminalinspektion Bad Kreuznach, abgestimmt mit der Polizeiinspektion "
    "Bad Kreuznach und dem Beirat für Migration und Integration des Landkreises Bad Kreuznach"
)
GERMAN_JOINT = (
    "Gemeinsame Mitteilung der Polizeiinspektion Bad Kreuznach, der Kriminalinspektion Bad "
    "Kreuznach und des Beirats für Migration und Integration des Landkreises Bad Kreuznach"
)


def translate_snippet(obj, code, **fields):
    """A live translation of a snippet (what an approved translation amounts to)."""
    from wagtail.models import Locale

    locale = Locale.objects.get_or_create(language_code=code)[0]
    translation = obj.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


@pytest.fixture
def cooperation(db):
    """The three partners in German with the forms of their names, in their order."""
    pi = PartnerFactory(
        name=PI,
        short_name="PI Bad Kreuznach",
        name_as_issuer=f"der {PI}",
        name_as_partner=f"der {PI}",
        sort_order=1,
        publish=True,
    )
    ki = PartnerFactory(
        name=KI,
        short_name="KI Bad Kreuznach",
        name_as_issuer=f"der {KI}",
        name_as_partner=f"der {KI}",
        sort_order=2,
        publish=True,
    )
    beirat = PartnerFactory(
        name=BEIRAT,
        short_name="Beirat",
        kind=PartnerKind.COUNCIL,
        name_as_issuer="des Beirats für Migration und Integration des Landkreises Bad Kreuznach",
        name_as_partner="dem Beirat für Migration und Integration des Landkreises Bad Kreuznach",
        sort_order=3,
        publish=True,
    )
    return pi, ki, beirat


@pytest.fixture
def content(home_page, news_index, event_index, prevention_index, cooperation):
    """A joint and a KI news item, a KI event and a KI material, live in German."""
    _pi, ki, _beirat = cooperation
    joint = NewsPageFactory(
        parent=news_index, title="Gemeinsam", slug="gemeinsam", date=datetime.date(2026, 3, 2)
    )
    joint.save_revision().publish()
    issued = NewsPageFactory(
        parent=news_index,
        title="Betrug am Telefon",
        slug="betrug",
        date=datetime.date(2026, 3, 5),
        issuer=ki,
        publish=True,
    )
    event = EventPageFactory(
        parent=event_index,
        title="Sprechstunde",
        slug="sprechstunde",
        start=START,
        venue=VenueFactory(name="Bürgerhaus", publish=True),
        issuer=ki,
        publish=True,
    )
    material = PreventionMaterialFactory(
        title="Flyer Telefonbetrug", issuer=ki, languages=["de"], publish=True
    )
    return {"joint": joint, "issued": issued, "event": event, "material": material}


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content.decode(), "html.parser")


def attributions(page_soup):
    return page_soup.select(".site-attribution")


def german_spans(element):
    """The texts marked as German inside an element."""
    return [span.get_text() for span in element.select('[lang="de"]')]


def feed_authors(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return {entry.title: entry.get("author") for entry in feed.entries}


# --- German ----------------------------------------------------------------------------------


def test_german_pages_say_it_in_correct_german(client, content, prevention_index):
    (line,) = attributions(soup(client, content["issued"].url))
    assert line.get_text() == GERMAN_ISSUED
    assert not line.select("[lang]")
    (line,) = attributions(soup(client, content["joint"].url))
    assert line.get_text() == GERMAN_JOINT
    (line,) = attributions(soup(client, content["event"].url))
    assert line.get_text() == GERMAN_ISSUED
    (line,) = attributions(soup(client, prevention_index.url))
    assert line.get_text() == GERMAN_ISSUED


def test_the_german_feeds_name_the_authors(client, content):
    for url in ("/de/feeds/nachrichten.rss", "/de/feeds/nachrichten.atom"):
        authors = feed_authors(client, url)
        assert authors["Betrug am Telefon"].endswith(KI)
        assert authors["Gemeinsam"].endswith(f"{PI}, {KI} und {BEIRAT}")


def test_a_partner_without_forms_keeps_the_plain_wording(client, content, cooperation):
    """Forms are optional: without them the line names the partners as they are."""
    pi, _ki, _beirat = cooperation
    pi.name_as_partner = ""
    pi.save()
    pi.save_revision().publish()
    (line,) = attributions(soup(client, content["issued"].url))
    assert line.get_text() == (f"Mitteilung von {KI}, abgestimmt mit {PI} und {BEIRAT}")


# --- Ukrainian: left to right, one partner translated ----------------------------------------


@pytest.fixture
def ukrainian(content, cooperation, home_page, news_index, event_index, prevention_index):
    pi, _ki, _beirat = cooperation
    translate(home_page, "uk", title="Головна")
    translate(news_index, "uk", title="Новини", slug="novyny")
    translate(event_index, "uk", title="Події", slug="podii")
    translate(prevention_index, "uk", title="Профілактика", slug="profilaktyka")
    pages = {
        "joint": translate(content["joint"], "uk", title="Разом", slug="razom"),
        "issued": translate(content["issued"], "uk", title="Шахрайство", slug="shakhraistvo"),
        "event": translate(content["event"], "uk", title="Консультація", slug="konsultatsiia"),
    }
    pages["material"] = translate_snippet(content["material"], "uk", title="Листівка")
    translate_snippet(pi, "uk", name=PI_UK, short_name="ПІ Бад-Кройцнах")
    return pages


def test_ukrainian_pages_name_every_partner_and_mark_the_german_ones(client, ukrainian):
    for url in (ukrainian["issued"].url, ukrainian["event"].url, "/uk/profilaktyka/"):
        (line,) = attributions(soup(client, url))
        text = line.get_text()
        assert text == f"Повідомлення від {KI}, узгоджене з {PI_UK} і {BEIRAT}", url
        assert german_spans(line) == [KI, BEIRAT]
        assert all(span["dir"] == "ltr" for span in line.select('[lang="de"]'))
    (line,) = attributions(soup(client, ukrainian["joint"].url))
    assert line.get_text() == f"Спільне повідомлення від {PI_UK}, {KI} і {BEIRAT}"


def test_the_ukrainian_news_filter_offers_every_partner(client, ukrainian, cooperation):
    pi, ki, beirat = cooperation
    page = soup(client, "/uk/novyny/")
    options = {
        option["value"]: (option.get_text(), option.get("lang"))
        for option in page.select("#filter-issuer option")
    }
    assert options[str(pi.pk)] == ("ПІ Бад-Кройцнах", None)
    assert options[str(ki.pk)] == ("KI Bad Kreuznach", "de")
    assert options[str(beirat.pk)] == ("Beirat", "de")
    filtered = soup(client, f"/uk/novyny/?issuer={ki.pk}")
    assert [h.get_text(strip=True) for h in filtered.select(".site-card-list .kern-title")] == [
        "Шахрайство"
    ]


def test_the_ukrainian_feeds_and_json_ld_name_the_same_partners(client, ukrainian):
    for url in ("/uk/feeds/nachrichten.rss", "/uk/feeds/nachrichten.atom"):
        authors = feed_authors(client, url)
        assert authors["Шахрайство"].endswith(KI)
        assert authors["Разом"].endswith(f"{PI_UK}, {KI} і {BEIRAT}")
    (article,) = of_type(head_of(client, ukrainian["issued"].url), "NewsArticle")
    assert [author["name"] for author in article["author"]] == [KI]
    assert [org["name"] for org in article["publisher"]] == [PI_UK, KI, BEIRAT]
    (event,) = of_type(head_of(client, ukrainian["event"].url), "Event")
    assert [org["name"] for org in event["organizer"]] == [KI]


# --- Arabic: right to left, no partner translated --------------------------------------------


@pytest.fixture
def arabic_pages(content, arabic_home, news_index, event_index, prevention_index):
    translate(news_index, "ar", title="الأخبار", slug="akhbar")
    translate(event_index, "ar", title="الفعاليات", slug="faaliyat")
    translate(prevention_index, "ar", title="الوقاية", slug="wiqaya")
    pages = {
        "joint": translate(content["joint"], "ar", title="معًا", slug="maan"),
        "issued": translate(content["issued"], "ar", title="احتيال", slug="ihtiyal"),
        "event": translate(content["event"], "ar", title="استشارة", slug="istishara"),
    }
    pages["material"] = translate_snippet(content["material"], "ar", title="نشرة")
    return pages


def test_arabic_pages_use_the_arabic_comma_and_mark_the_german_names(client, arabic_pages):
    (line,) = attributions(soup(client, arabic_pages["joint"].url))
    assert line.get_text() == f"بيان مشترك صادر عن {PI}، {KI} و{BEIRAT}"
    assert german_spans(line) == [PI, KI, BEIRAT]
    for url in (arabic_pages["issued"].url, arabic_pages["event"].url, "/ar/wiqaya/"):
        (line,) = attributions(soup(client, url))
        assert line.get_text() == f"بيان صادر عن {KI}، بالتنسيق مع {PI} و{BEIRAT}", url
        assert german_spans(line) == [KI, PI, BEIRAT]


def test_the_arabic_line_keeps_the_joint_approval(client, arabic_pages):
    approved = timezone.make_aware(datetime.datetime(2026, 3, 6, 12, 0))
    NewsPage.objects.filter(pk=arabic_pages["issued"].pk).update(jointly_approved_at=approved)
    (line,) = attributions(soup(client, arabic_pages["issued"].url))
    assert line.get_text().startswith(f"بيان صادر عن {KI}، بالتنسيق مع {PI} و{BEIRAT}")
    assert " · وافق عليه الطرفان بتاريخ " in line.get_text()


def test_the_arabic_feed_and_filter_name_the_german_partners(client, arabic_pages, cooperation):
    authors = feed_authors(client, "/ar/feeds/nachrichten.atom")
    assert authors["معًا"] == f"{PI}، {KI} و{BEIRAT}"
    assert authors["احتيال"] == KI
    options = soup(client, "/ar/akhbar/").select("#filter-issuer option[lang]")
    assert [(option["value"], option["lang"]) for option in options] == [
        (str(partner.pk), "de") for partner in cooperation
    ]


# --- Persian: only a home page ---------------------------------------------------------------


def test_a_language_with_only_a_home_names_the_partners(client, content, home_page):
    translate(home_page, "fa", title="خانه")
    head = head_of(client, "/fa/")
    organizations = of_type(head, "GovernmentOrganization")
    assert [org["name"] for org in organizations] == [PI, KI, BEIRAT]
    cards = soup(client, "/fa/").select('[aria-labelledby="partners-heading"] li')
    assert [card.select_one(".kern-title").get_text() for card in cards] == [PI, KI, BEIRAT]
    assert all(card.select_one('[lang="de"]') for card in cards)
    # No Persian news yet: no Persian feed, and the German pages keep their German lines.
    assert client.get("/fa/feeds/nachrichten.rss").status_code == 404
    (line,) = attributions(soup(client, content["issued"].url))
    assert line.get_text() == GERMAN_ISSUED


# --- the set itself --------------------------------------------------------------------------


def test_the_set_follows_the_live_rules_in_one_query(cooperation, home_page):
    pi, ki, beirat = cooperation
    translate(home_page, "uk", title="Головна")
    pi_uk = translate_snippet(pi, "uk", name=PI_UK)
    ki_uk = translate_snippet(ki, "uk", name="Кримінальна інспекція")
    ki_uk.unpublish()  # a withdrawn translation: the German name stands in
    beirat_uk = translate_snippet(beirat, "uk", name="Рада")
    beirat.unpublish()  # a withdrawn German partner is not shown in any language
    with CaptureQueriesContext(connection) as queries:
        shown = partners_for("uk")
    assert len(queries) == 1
    assert [(p.name, p.lang) for p in shown] == [(PI_UK, ""), (KI, "de")]
    assert shown[0].form("issuer") == ""  # the German form copied along is not used
    assert shown.get(pi.pk) is shown.get(pi_uk.pk) is shown[0]
    assert shown.get(beirat.pk) is None and shown.get(beirat_uk.pk) is None
    item = NewsPage(issuer_id=beirat.pk)
    assert shown.issuer_of(item) is None  # a withdrawn issuer reads as a joint statement


def test_a_plain_enumeration_joins_like_the_attribution_line_without_and():
    """comma_list (target groups, support offered) and the attribution line share one
    implementation: the catalogue's separator, and "and" only in the attribution."""
    with translation.override("ar"):
        assert comma_list(["أطفال", "شباب", "آباء"]) == "أطفال، شباب، آباء"
        assert join_names(["أطفال", "شباب", "آباء"]) == "أطفال، شباب وآباء"
    with translation.override("de"):
        assert comma_list(["Kinder", "Jugendliche", "Eltern"]) == "Kinder, Jugendliche, Eltern"
        assert comma_list([]) == ""


def organizers_on_page(client, url, language):
    """The "Organised by" fact of an event page, and the organizers of its JSON-LD."""
    page = soup(client, url)
    with translation.override(language):
        label = translation.gettext("Organised by")
    (key,) = [dt for dt in page.select("main dt") if dt.get_text(strip=True) == label]
    value = key.find_next_sibling("dd")
    (event,) = of_type(page.find("head"), "Event")
    return value, [org["name"] for org in event["organizer"]]


def test_an_event_page_names_its_live_organisers_like_its_json_ld(client, ukrainian, content):
    pi, _ki, beirat = Partner.objects.filter(locale__language_code="de").order_by("sort_order")
    event = content["event"]
    # Without organising partners the issuer organises it.
    value, organizers = organizers_on_page(client, event.url, "de")
    assert value.get_text(strip=True) == KI
    assert organizers == [KI]

    draft = PartnerFactory(name="Partner im Entwurf", sort_order=4, live=False)
    event.partners.set([pi, beirat, draft])
    event.save_revision().publish()  # after the translation: the German source decides

    value, organizers = organizers_on_page(client, event.url, "de")
    assert organizers == [PI, BEIRAT]
    assert PI in value.get_text() and BEIRAT in value.get_text()
    assert KI not in value.get_text() and "Entwurf" not in value.get_text()

    value, organizers = organizers_on_page(client, ukrainian["event"].url, "uk")
    assert organizers == [PI_UK, BEIRAT]
    assert PI_UK in value.get_text()
    assert german_spans(value) == [BEIRAT]  # not translated: marked as German
