"""Only approved related content reaches the public (issue 14, item 1).

The relations are enumerated from the models' own meta: every forward foreign key, many-to-many
field, reverse relation with a name, inline (ParentalKey) child and StreamField chooser block
of the page types, the snippets under approval and the navigation. A relation to something with
a live state (a page or a snippet under approval) must have a scenario below; one added later
fails `test_every_relation_has_a_live_scenario` until it gets one. Each scenario shows a live
page using a live target, then withdraws the target and edits it the way Wagtail does for a
non-live object (straight onto its row) and checks that no public output shows the edit."""

import datetime

from django.apps import apps
from django.db import models
from django.utils import timezone

from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import DraftStateMixin, Page
from wagtail.rich_text import RichText

import pytest
from modelcluster.fields import ParentalKey
from modelcluster.models import get_all_child_relations

from editorial.setup import SNIPPETS_UNDER_APPROVAL
from events.factories import EventPageFactory, InterculturalWeekPageFactory, VenueFactory
from home.factories import AlertFactory, NavigationItemFactory, StandardPageFactory
from news.factories import NewsPageFactory
from partners.factories import ContactPersonFactory, PartnerFactory
from prevention.factories import PreventionMaterialFactory, PreventionTopicPageFactory
from prevention.models import PreventionTopicContact, PreventionTopicEvent

pytestmark = pytest.mark.django_db

OUR_APPS = {"home", "news", "events", "prevention", "partners"}
# Wagtail's own bookkeeping: who owns or locks an object, its revisions, locale and workflow.
BOOKKEEPING = {
    "content_type",
    "owner",
    "locked_by",
    "latest_revision",
    "live_revision",
    "locale",
    "alias_of",
    "workflow_states",
    "revisions",
    "wagtail_admin_comments",
    "_revisions",
    "_workflow_states",
    "_specific_workflow_states",
    "index_entries",
}
# Relations whose targets have no live state of their own: media follow the media design
# (issue 14, item 2); tags and form fields are saved in the revision of the page itself.
NO_LIVE_STATE = {"wagtailimages", "images", "wagtaildocs", "taggit"}
ORIGINAL, MARKER = "ursprungsname", "zielmarker"
FUTURE = timezone.now() + datetime.timedelta(days=30)


# --- Enumeration ------------------------------------------------------------------------------


def public_models():
    """The models a public render reads: pages, snippets under approval, the navigation."""
    pages = [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model._meta.app_label in OUR_APPS
    ]
    snippets = [apps.get_model(label) for label in SNIPPETS_UNDER_APPROVAL]
    return [*pages, *snippets, apps.get_model("home.NavigationMenu")]


def has_live_state(model):
    return issubclass(model, Page | DraftStateMixin)


def chooser_blocks(block, path=""):
    """(path, block) of every chooser block in a block tree."""
    if isinstance(block, blocks.ChooserBlock):
        yield path, block
        return
    children = getattr(block, "child_blocks", None) or {}
    if isinstance(block, blocks.ListBlock):
        children = {"item": block.child_block}
    for name, child in children.items():
        yield from chooser_blocks(child, f"{path}.{name}" if path else name)


def relations():
    """{key: target model} of every relation a public render could follow. Keys are
    "app.Model.field" and "app.Model.field:block.path" for StreamField choosers."""
    found = {}
    seen = set()
    queue = list(public_models())
    while queue:
        model = queue.pop()
        if model in seen:
            continue
        seen.add(model)
        label = model._meta.label
        for relation in get_all_child_relations(model):
            if relation.name not in BOOKKEEPING:
                queue.append(relation.related_model)  # its own relations count too
        for field in model._meta.get_fields():
            if field.name in BOOKKEEPING or getattr(field, "model", model) is Page:
                continue
            if isinstance(field, StreamField):
                for path, block in chooser_blocks(field.stream_block):
                    target = block.target_model
                    if isinstance(target, str):
                        target = apps.get_model(target)
                    found[f"{label}.{field.name}:{path}"] = target
                continue
            if not field.is_relation or field.related_model is None:
                continue
            if isinstance(field, ParentalKey) or getattr(field.remote_field, "parent_link", False):
                continue  # the way back to the parent page or object
            if isinstance(field, models.ForeignObjectRel) and (
                isinstance(field.remote_field, ParentalKey)
                or field.related_model._meta.app_label not in OUR_APPS
            ):
                continue  # inline children are walked above; others' models are not ours
            found[f"{label}.{field.name}"] = field.related_model
    return found


def needing_scenarios():
    return {
        key
        for key, target in relations().items()
        if target._meta.app_label not in NO_LIVE_STATE and has_live_state(target)
    }


# --- Scenarios --------------------------------------------------------------------------------
# Each takes the fixtures and returns (target, public URLs, whether the target shows there).


def feeds(index):
    return ["/de/feeds/nachrichten.rss", "/de/feeds/nachrichten.atom", index.url]


def calendars(event):
    return [f"/de/feeds/veranstaltung/{event.pk}.ics", "/de/feeds/veranstaltungen.ics"]


def target_partner():
    return PartnerFactory(name=ORIGINAL.title(), short_name=ORIGINAL, publish=True)


def target_page(site, **fields):
    return StandardPageFactory(
        parent=site["home"], title=ORIGINAL.title(), slug=ORIGINAL, publish=True, **fields
    )


def news_issuer(site):
    partner = target_partner()
    item = NewsPageFactory(parent=site["news_index"], issuer=partner, publish=True)
    return partner, [item.url, site["home"].url, *feeds(site["news_index"])], True


def news_partners(site):
    partner = target_partner()
    item = NewsPageFactory(parent=site["news_index"], publish=True)
    item.partners.set([partner])
    item.save_revision().publish()
    return partner, [item.url, *feeds(site["news_index"])], True


def an_event(site, **fields):
    return EventPageFactory(parent=site["event_index"], start=FUTURE, publish=True, **fields)


def event_issuer(site):
    partner = target_partner()
    event = an_event(site, issuer=partner)
    return partner, [event.url, site["event_index"].url, *calendars(event)], True


def event_venue(site):
    venue = VenueFactory(name=ORIGINAL.title(), street=f"{ORIGINAL}straße 1", publish=True)
    event = an_event(site, venue=venue)
    return venue, [event.url, site["event_index"].url, site["home"].url, *calendars(event)], True


def event_partners(site):
    partner = target_partner()
    event = an_event(site)
    event.partners.set([partner])
    event.save_revision().publish()
    return partner, [event.url, *calendars(event)], True


def material_issuer(site):
    partner = target_partner()
    PreventionMaterialFactory(issuer=partner, languages=["de"], publish=True)
    # Material cards name no issuer today; the scenario keeps it that way for drafts.
    return partner, [site["prevention_index"].url], False


def material_topics(site):
    topic = PreventionTopicPageFactory(
        parent=site["prevention_index"], title=ORIGINAL.title(), slug=ORIGINAL, publish=True
    )
    PreventionMaterialFactory(topics=[topic], languages=["de"], publish=True)
    return topic, [site["prevention_index"].url, site["home"].url], True


def topic_materials(site):
    topic = PreventionTopicPageFactory(parent=site["prevention_index"], publish=True)
    material = PreventionMaterialFactory(
        title=ORIGINAL.title(), topics=[topic], languages=["de"], publish=True
    )
    return material, [topic.url, site["prevention_index"].url], True


def featured_page(site):
    item = NewsPageFactory(
        parent=site["news_index"], title=ORIGINAL.title(), slug=ORIGINAL, publish=True
    )
    home = site["home"]
    home.featured_page = item
    home.save_revision().publish()
    return item, [home.url], True


def accessibility_link(field):
    def scenario(site):
        page = target_page(site)
        home = site["home"]
        setattr(home, field, page)
        home.save_revision().publish()
        return page, [home.url, site["news_index"].url], True

    return scenario


def alert_link_page(site):
    page = target_page(site)
    AlertFactory(link_page=page, publish=True)
    return page, [site["home"].url, site["news_index"].url], True


def contact_partner(site):
    partner = target_partner()
    topic = PreventionTopicPageFactory(parent=site["prevention_index"], publish=True)
    contact = ContactPersonFactory(partner=partner, publish=True)
    PreventionTopicContact.objects.create(page=topic, contact=contact)
    topic.save_revision().publish()
    return partner, [topic.url], True


def topic_contact(site):
    topic = PreventionTopicPageFactory(parent=site["prevention_index"], publish=True)
    contact = ContactPersonFactory(role=ORIGINAL.title(), publish=True)
    PreventionTopicContact.objects.create(page=topic, contact=contact)
    topic.save_revision().publish()
    return contact, [topic.url], True


def topic_event(site):
    topic = PreventionTopicPageFactory(parent=site["prevention_index"], publish=True)
    event = an_event(site, title=ORIGINAL.title(), slug=ORIGINAL)
    PreventionTopicEvent.objects.create(page=topic, event=event)
    topic.save_revision().publish()
    return event, [topic.url], True


def navigation_link(site):
    page = target_page(site)
    NavigationItemFactory(
        menu__locale=site["home"].locale, link_page=page, link_url="", link_text=""
    )
    return page, [site["home"].url, site["news_index"].url], True


def call_to_action(model_label):
    """A call to action to the target page in the body of a page of `model_label`."""

    def scenario(site):
        target = target_page(site)
        block = ("call_to_action", {"title": "Mehr", "page": target, "button_label": "Los"})
        factories = {
            "home.StandardPage": lambda: StandardPageFactory(parent=site["home"]),
            "news.NewsPage": lambda: NewsPageFactory(parent=site["news_index"]),
            "events.EventPage": lambda: an_event(site),
            "events.InterculturalWeekPage": lambda: InterculturalWeekPageFactory(
                parent=site["event_index"]
            ),
            "prevention.PreventionTopicPage": lambda: PreventionTopicPageFactory(
                parent=site["prevention_index"]
            ),
            "home.HomePage": lambda: site["home"],
        }
        page = factories[model_label]()
        page.body = [block]
        page.save_revision().publish()
        return target, [page.url], True

    return scenario


SCENARIOS = {
    "news.NewsPage.issuer": news_issuer,
    "news.NewsPage.partners": news_partners,
    "events.EventPage.issuer": event_issuer,
    "events.EventPage.venue": event_venue,
    "events.EventPage.partners": event_partners,
    "prevention.PreventionMaterial.issuer": material_issuer,
    "prevention.PreventionMaterial.topics": material_topics,
    "prevention.PreventionTopicPage.materials": topic_materials,
    "home.HomePage.featured_page": featured_page,
    "home.HomePage.easy_language_page": accessibility_link("easy_language_page"),
    "home.HomePage.sign_language_page": accessibility_link("sign_language_page"),
    "home.Alert.link_page": alert_link_page,
    "partners.ContactPerson.partner": contact_partner,
    "partners.Partner.contacts": topic_contact,
    "prevention.PreventionTopicContact.contact": topic_contact,
    "prevention.PreventionTopicEvent.event": topic_event,
    "home.NavigationItem.link_page": navigation_link,
    **{
        f"{label}.body:call_to_action.page": call_to_action(label)
        for label in (
            "home.HomePage",
            "home.StandardPage",
            "news.NewsPage",
            "events.EventPage",
            "events.InterculturalWeekPage",
            "prevention.PreventionTopicPage",
        )
    },
}


def test_every_relation_has_a_live_scenario():
    """A relation to a page or snippet added later fails here until a scenario covers it."""
    needed = needing_scenarios()
    assert needed - set(SCENARIOS) == set(), "relations without a live-filtering scenario"
    assert set(SCENARIOS) - needed == set(), "scenarios for relations that no longer exist"


def test_the_enumeration_finds_what_it_should():
    """The walk sees forward keys, many-to-many, inline children and chooser blocks; media
    relations are found and left to the media rule."""
    found = relations()
    assert "prevention.PreventionTopicContact.contact" in found  # via the inline panel
    assert "news.NewsPage.body:call_to_action.page" in found
    assert found["partners.Partner.logo"]._meta.app_label == "images"
    assert "news.NewsPage.owner" not in found


def withdraw_and_edit(target):
    """What Wagtail does when a target is withdrawn and then edited as a draft: unpublished,
    and the edit written straight onto its row (`commit = not live`)."""
    target.unpublish()
    target.refresh_from_db()
    for name in ("name", "short_name", "title", "role", "street"):
        if hasattr(target, name):
            setattr(target, name, MARKER.title())
    if isinstance(target, Page):
        target.slug = MARKER
        target.draft_title = MARKER.title()
    target.save()


def fetch(client, urls):
    pages = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        pages[url] = response.content.decode().lower()
    return pages


@pytest.fixture
def site(home_page, news_index, event_index, prevention_index, partners):
    return {
        "home": home_page,
        "news_index": news_index,
        "event_index": event_index,
        "prevention_index": prevention_index,
    }


@pytest.mark.parametrize("key", sorted(SCENARIOS))
def test_a_withdrawn_target_never_shows(client, site, key):
    target, urls, shown = SCENARIOS[key](site)
    if shown:
        before = fetch(client, urls)
        assert any(ORIGINAL in html for html in before.values()), "the target shows when live"
    withdraw_and_edit(target)
    for url, html in fetch(client, urls).items():
        assert MARKER not in html, f"{key}: the unapproved edit shows on {url}"


def test_a_withdrawn_venue_says_venue_to_be_announced(client, site):
    venue, urls, _shown = event_venue(site)
    withdraw_and_edit(venue)
    html = client.get(urls[0]).content.decode()
    assert "Venue to be announced" in html or "Ort wird noch bekannt gegeben" in html
    assert MARKER.title() not in client.get(urls[3]).content.decode()  # the .ics


def test_a_withdrawn_issuer_reads_as_a_joint_statement(client, site):
    partner, urls, _shown = news_issuer(site)
    withdraw_and_edit(partner)
    html = client.get(urls[0]).content.decode()
    assert "Joint statement of" in html or "Gemeinsame Mitteilung" in html


def test_rich_text_links_to_withdrawn_pages_lose_their_address(client, site):
    target = target_page(site)
    page = StandardPageFactory(parent=site["home"], publish=False)
    page.body = [("paragraph", RichText(f'<p><a linktype="page" id="{target.pk}">Mehr</a></p>'))]
    page.save_revision().publish()
    assert f'href="{target.url}"' in client.get(page.url).content.decode()
    withdraw_and_edit(target)
    html = client.get(page.url).content.decode()
    assert MARKER not in html.lower()
    assert "Mehr" in html


def test_rich_text_fields_and_blocks_exist_only_where_the_link_handler_renders_them():
    """Rich text everywhere goes through the one LivePageLinkHandler (home/wagtail_hooks.py);
    this pins that it is the registered "page" link handler."""
    from wagtail.rich_text import features

    from home.wagtail_hooks import LivePageLinkHandler

    assert features.get_link_types()["page"] is LivePageLinkHandler
    assert any(
        isinstance(field, RichTextField)
        for model in public_models()
        for field in model._meta.get_fields()
    )
