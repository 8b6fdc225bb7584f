"""Relations resolve per language and every flyer is reachable in every site language
(issue 15, items 2 and 3), per language family: German (the source), a left-to-right
translation (uk), a right-to-left one (ar) and a language with only a home page (fa)."""

import datetime
from urllib.parse import urljoin, urlparse

from django.utils import timezone

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from events.factories import EventIndexPageFactory, EventPageFactory
from home.factories import AlertFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory
from partners.factories import ContactPersonFactory
from prevention.factories import (
    PreventionIndexPageFactory,
    PreventionMaterialFactory,
    PreventionTopicPageFactory,
)
from prevention.models import PreventionMaterial, PreventionTopicContact, PreventionTopicEvent
from tests.conftest import build_home_page, each_test_gets, translate

pytestmark = pytest.mark.django_db

START = timezone.make_aware(datetime.datetime(2031, 5, 6, 18, 0))


def translate_snippet(obj, code, publish=True, **fields):
    """A translator's approved translation of a snippet (material, contact person)."""
    locale = Locale.objects.get_or_create(language_code=code)[0]
    copy = obj.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    if publish:
        copy.save_revision().publish()
    else:
        type(obj).objects.filter(pk=copy.pk).update(live=False)
    return type(obj).objects.get(pk=copy.pk)


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return BeautifulSoup(response.content, "html.parser")


def material_cards(soup):
    """(title, lang attribute of the title) of each material card in the main area."""
    return [
        (
            card.find(class_="kern-title").get_text(strip=True),
            card.find(class_="kern-title").get("lang"),
        )
        for card in soup.find("main").find_all(class_="site-material")
    ]


@pytest.fixture(scope="module")
def shared_world(module_db):
    """German topic with three flyers and an event; uk and ar translate the home, the
    prevention section, the topic, one flyer (and ar the event); fa has only its home.
    Built once for the module (tests.conftest.module_db)."""
    home_page = build_home_page()
    prevention_index = PreventionIndexPageFactory(parent=home_page)
    event_index = EventIndexPageFactory(parent=home_page)
    topic = PreventionTopicPageFactory(
        parent=prevention_index, title="Telefonbetrug", slug="telefonbetrug"
    )
    other = PreventionTopicPageFactory(parent=prevention_index, title="Einbruch", slug="einbruch")
    tricks = PreventionMaterialFactory(
        title="Enkeltrick", languages=["de", "ar", "fa", "uk"], topics=[topic]
    )
    police = PreventionMaterialFactory(
        title="Falsche Polizisten", languages=["de", "fa"], topics=[topic]
    )
    cheques = PreventionMaterialFactory(
        title="Schockanruf", languages=["de", "ar"], topics=[topic], target_groups=["seniors"]
    )
    doors = PreventionMaterialFactory(title="Sichere Türen", languages=["de"], topics=[other])
    event = EventPageFactory(
        parent=event_index,
        title="Vortrag Telefonbetrug",
        slug="vortrag",
        start=START,
        publish=True,
    )
    PreventionTopicEvent.objects.create(page=topic, event=event, sort_order=0)
    adviser = ContactPersonFactory(role="Präventionsberaterin", consent_name_and_photo=False)
    PreventionTopicContact.objects.create(page=topic, contact=adviser, sort_order=0)
    topic.save_revision().publish()

    homes, topics, indexes = {"de": home_page}, {"de": topic}, {"de": prevention_index}
    for code in ("ar", "uk", "fa"):
        homes[code] = translate(home_page, code, title=f"Start {code}")
    for code, title in (("ar", "الاحتيال الهاتفي"), ("uk", "Телефонне шахрайство")):
        indexes[code] = translate(
            prevention_index, code, title=f"Prävention {code}", slug=f"p-{code}"
        )
        topics[code] = translate(topic, code, title=title, slug=f"t-{code}")
        translate(other, code, title=f"Einbruch {code}", slug=f"e-{code}")
    translate(event_index, "ar", title="الفعاليات", slug="faaliyat")
    arabic_event = translate(event, "ar", title="محاضرة عن الاحتيال", slug="muhadara")
    materials = {
        "tricks": tricks,
        "police": police,
        "cheques": cheques,
        "doors": doors,
        "tricks_ar": translate_snippet(tricks, "ar", title="خدعة الحفيد"),
        "tricks_uk": translate_snippet(tricks, "uk", title="Трюк з онуком"),
        "adviser_ar": translate_snippet(adviser, "ar", role="مستشارة الوقاية"),
    }
    return {
        "homes": homes,
        "topics": topics,
        "indexes": indexes,
        "materials": materials,
        "event": event,
        "arabic_event": arabic_event,
    }


@pytest.fixture
def world(db, shared_world):
    return each_test_gets(shared_world)


# --- Item 2: topic pages ---------------------------------------------------------------------


def test_the_german_topic_lists_each_german_flyer_once_and_no_translation(client, world):
    cards = material_cards(soup_of(client, world["topics"]["de"].url))
    assert cards == [("Enkeltrick", None), ("Falsche Polizisten", None), ("Schockanruf", None)]


def test_the_arabic_topic_lists_its_translation_and_the_german_rest_marked_german(client, world):
    soup = soup_of(client, world["topics"]["ar"].url)
    assert material_cards(soup) == [
        ("Falsche Polizisten", "de"),
        ("Schockanruf", "de"),
        ("خدعة الحفيد", None),
    ]


def test_the_ukrainian_topic_lists_the_same_flyers_in_ukrainian_where_translated(client, world):
    cards = material_cards(soup_of(client, world["topics"]["uk"].url))
    assert sorted(cards) == sorted(
        [("Трюк з онуком", None), ("Falsche Polizisten", "de"), ("Schockanruf", "de")]
    )


def test_a_translation_that_is_not_live_leaves_the_german_flyer(client, world):
    PreventionMaterial.objects.filter(pk=world["materials"]["tricks_ar"].pk).update(live=False)
    titles = [title for title, _lang in material_cards(soup_of(client, world["topics"]["ar"].url))]
    assert "Enkeltrick" in titles and "خدعة الحفيد" not in titles


def test_related_events_link_the_translation_where_one_exists(client, world):
    arabic = soup_of(client, world["topics"]["ar"].url).find(id="events-heading").parent
    link = arabic.find("a")
    assert link["href"] == world["arabic_event"].url
    assert link.get("hreflang") is None

    ukrainian = soup_of(client, world["topics"]["uk"].url).find(id="events-heading").parent
    link = ukrainian.find("a")
    assert link["href"] == world["event"].url  # no Ukrainian event: the German one
    assert link["hreflang"] == "de" and link.find_parent(lang="de") is not None


def test_contacts_show_the_translated_role_where_one_exists(client, world):
    arabic = soup_of(client, world["topics"]["ar"].url).find(id="contacts-heading").parent
    assert "مستشارة الوقاية" in arabic.get_text()
    ukrainian = soup_of(client, world["topics"]["uk"].url).find(id="contacts-heading").parent
    role = ukrainian.find(string="Präventionsberaterin")
    assert role is not None and role.parent.get("lang") == "de"


# --- Item 2: the library and its filters ------------------------------------------------------


def library_titles(client, url, **query):
    soup = soup_of(
        client, url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")
    )
    return sorted(title for title, _lang in material_cards(soup))


def test_the_arabic_library_lists_every_material_and_its_topic_filter_works(client, world):
    url = world["indexes"]["ar"].url
    assert library_titles(client, url) == sorted(
        ["خدعة الحفيد", "Falsche Polizisten", "Schockanruf", "Sichere Türen"]
    )
    topic = world["topics"]["ar"].pk
    assert library_titles(client, url, topic=topic) == sorted(
        ["خدعة الحفيد", "Falsche Polizisten", "Schockanruf"]
    )
    assert library_titles(client, url, topic=topic, language="fa") == sorted(
        ["خدعة الحفيد", "Falsche Polizisten"]
    )
    assert library_titles(client, url, group="seniors") == ["Schockanruf"]


def test_the_german_library_lists_no_translations(client, world):
    url = world["indexes"]["de"].url
    assert library_titles(client, url) == sorted(
        ["Enkeltrick", "Falsche Polizisten", "Schockanruf", "Sichere Türen"]
    )
    assert library_titles(client, url, topic=world["topics"]["de"].pk) == sorted(
        ["Enkeltrick", "Falsche Polizisten", "Schockanruf"]
    )


def test_the_ukrainian_library_offers_german_topics_only_where_untranslated(client, world):
    soup = soup_of(client, world["indexes"]["uk"].url)
    options = {o.get_text(strip=True): o.get("lang") for o in soup.select("#filter-topic option")}
    assert options["Телефонне шахрайство"] is None


# --- Item 3: a library per language and reachability -----------------------------------------


def test_a_language_with_only_a_home_has_a_library_with_german_metadata_marked(client, world):
    soup = soup_of(client, "/fa/materialien/")
    cards = dict(material_cards(soup))
    assert cards == {
        "Enkeltrick": "de",
        "Falsche Polizisten": "de",
        "Schockanruf": "de",
        "Sichere Türen": "de",
    }
    # Persian files first, the German topics as a filter (marked German) that works.
    first_two = [title for title, _lang in material_cards(soup)][:2]
    assert sorted(first_two) == ["Enkeltrick", "Falsche Polizisten"]
    options = {o.get_text(strip=True): o for o in soup.select("#filter-topic option")}
    assert options["Telefonbetrug"]["lang"] == "de"
    topic = options["Telefonbetrug"]["value"]
    assert library_titles(client, "/fa/materialien/", topic=topic) == sorted(
        ["Enkeltrick", "Falsche Polizisten", "Schockanruf"]
    )


def test_the_library_route_leads_to_the_language_s_own_library_where_it_has_one(client, world):
    response = client.get("/ar/materialien/?language=fa")
    assert response.status_code == 302
    assert response["Location"] == f"{world['indexes']['ar'].url}?language=fa#material"
    assert client.get("/de/materialien/")["Location"].startswith(world["indexes"]["de"].url)


def test_the_library_route_answers_404_for_a_language_that_is_off(client, world):
    assert client.get("/ru/materialien/").status_code == 404


def downloads_within_two_steps(client, code):
    """hreflang of every download link reachable from the language's home: on the home page
    itself or on a page of the site one link away."""
    home_url = f"/{code}/"
    home = soup_of(client, home_url)
    pages = [home]
    for link in home.find("main").find_all("a", href=True):
        url = urljoin(home_url, link["href"])
        parsed = urlparse(url)
        if parsed.netloc or not parsed.path.startswith("/") or parsed.path.startswith("/media"):
            continue
        response = client.get(url, follow=True)
        if response.status_code == 200 and "html" in response["Content-Type"]:
            pages.append(BeautifulSoup(response.content, "html.parser"))
    found = set()
    for soup in pages:
        for link in soup.find_all("a", download=True, hreflang=code):
            found.add(
                link.find_parent(class_="site-material")
                .find(class_="kern-title")
                .get_text(strip=True)
            )
    return found


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("de", {"Enkeltrick", "Falsche Polizisten", "Schockanruf", "Sichere Türen"}),
        ("uk", {"Трюк з онуком"}),
        ("ar", {"خدعة الحفيد", "Schockanruf"}),
        ("fa", {"Enkeltrick", "Falsche Polizisten"}),
    ],
)
def test_every_flyer_in_the_language_is_two_steps_from_its_home(client, world, code, expected):
    assert downloads_within_two_steps(client, code) == expected


def test_a_home_with_little_translated_content_offers_the_german_sections_marked(client, world):
    soup = soup_of(client, "/fa/")
    prevention = soup.find(id="prevention-heading").parent
    topic = prevention.find("a", string="Telefonbetrug")
    assert topic["lang"] == "de" and topic["hreflang"] == "de"
    assert prevention.find(class_="site-in-german") is not None
    events = soup.find(id="next-events-heading").parent
    event = events.find("a", string="Vortrag Telefonbetrug")
    assert event["hreflang"] == "de" and event.find_parent(lang="de") is not None
    own = prevention.find(class_="site-own-language-materials")
    assert own["href"] == "/fa/materialien/?language=fa#material"


# --- Other cross-page relations of the home page and the frame -------------------------------


def test_the_featured_item_and_the_alert_link_lead_to_the_page_s_language(client, world):
    news_index = NewsIndexPageFactory(parent=world["homes"]["de"])
    item = NewsPageFactory(parent=news_index, title="Gemeinsame Erklärung", publish=True)
    translate(news_index, "ar", title="الأخبار", slug="akhbar")
    arabic_item = translate(item, "ar", title="بيان مشترك", slug="bayan")
    # What a sync of the translation does: the relation is copied verbatim (the German item).
    arabic_home = world["homes"]["ar"]
    arabic_home.featured_page = item
    arabic_home.save_revision().publish()

    featured = soup_of(client, "/ar/").find(id="featured-heading").parent
    assert featured.find("a")["href"] == arabic_item.url
    assert "بيان مشترك" in featured.get_text()

    alert = AlertFactory(title="Hinweis", link_page=item, publish=True)
    translate_snippet(alert, "ar", title="تنبيه")
    links = [a["href"] for a in soup_of(client, "/ar/").select(".site-alert a")]
    assert links == [arabic_item.url]


def test_translated_topic_and_library_pages_query_a_fixed_number_of_times(client, world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    urls = [world["topics"]["ar"].url, world["indexes"]["uk"].url, "/fa/materialien/", "/fa/"]

    def counts():
        result = []
        for url in urls:
            client.get(url)  # warm
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            result.append(len(queries))
        return result

    before = counts()
    topic = world["topics"]["de"]
    for i in range(6):
        material = PreventionMaterialFactory(
            title=f"Mehr {i}", languages=["de", "fa", "ar"], topics=[topic]
        )
        if i % 2:
            translate_snippet(material, "ar", title=f"مادة {i}")
        event = EventPageFactory(
            parent=world["event"].get_parent(), title=f"Termin {i}", start=START, publish=True
        )
        PreventionTopicEvent.objects.create(page=topic, event=event, sort_order=i + 1)
        translate(event, "ar", title=f"موعد {i}", slug=f"mawid-{i}")
    topic.save_revision().publish()
    assert counts() == before


def test_lists_use_the_arabic_comma_and_the_contacts_partner_is_marked_german(client, world):
    cheques = world["materials"]["cheques"]
    cheques.target_groups = ["seniors", "parents"]
    cheques.save_revision().publish()
    arabic = soup_of(client, world["indexes"]["ar"].url)
    groups = [p.get_text() for p in arabic.find_all("p") if "، " in p.get_text()]
    assert groups, "the target groups of an Arabic card are joined with the Arabic comma"
    assert not [p for p in arabic.find_all("p") if "," in p.get_text() and ":" in p.get_text()]
    ukrainian = soup_of(client, world["topics"]["uk"].url).find(id="contacts-heading").parent
    partner = ukrainian.find("span", string=world_partner_short_name())
    assert partner is not None and partner.get("lang") == "de" and partner.get("dir") == "ltr"


def world_partner_short_name():
    from partners.models import ContactPerson

    return ContactPerson.objects.get(role="Präventionsberaterin").partner.short_name
