"""Seed many news items and events for the benchmark (`make bench`) and for profiling: N German
news items below the German news index and M German events below the event index, published
the way the demo content is (a revision each, a `wagtail.publish` log entry, the joint-approval
snapshot of both sides), so listings, feeds, calendars, search and the sitemap show them.

Row by row through the factories, 10,000 pages take many minutes (each `add_child` and publish
does a dozen queries); here the tree paths are computed once per batch and the page rows, their
type rows, revisions and log entries go in with bulk inserts. The content per item comes from
the factories' defaults (news.factories, events.factories), so it looks like what the tests
build. Never under production settings, like load_demo_content."""

import datetime
import itertools
import uuid

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry, Revision
from wagtail.search.backends import get_search_backend

from approvable.generation import bump
from editorial.sides import SIDES
from events.factories import EventPageFactory
from events.models import EventCategory, EventIndexPage, EventPage, EventStatus, Venue
from news.factories import NewsPageFactory
from news.models import NewsCategory, NewsIndexPage, NewsPage
from partners.models import Partner

BATCH = 500
TITLE_WORDS = [
    "Verkehrskontrolle",
    "Einbruch",
    "Prävention",
    "Gesprächsrunde",
    "Beirat",
    "Polizei",
    "Fahrrad",
    "Senioren",
    "Betrug",
    "Telefon",
    "Schule",
    "Jugend",
    "Integration",
    "Sprache",
    "Sicherheit",
    "Innenstadt",
    "Nachbarschaft",
]


class Command(BaseCommand):
    help = "Seed N news items and M events, published and jointly approved (never in production)."

    def add_arguments(self, parser):
        parser.add_argument("--news", type=int, default=10_000, help="news items to add")
        parser.add_argument("--events", type=int, default=1_000, help="events to add")

    def handle(self, *args, news, events, **options):
        if getattr(settings, "IS_PRODUCTION", False):
            raise CommandError(
                "Refusing to seed benchmark content under production settings: "
                "invented items must never reach the public site."
            )
        if news < 0 or events < 0:
            raise CommandError("--news and --events must not be negative.")
        news_index = _german(NewsIndexPage)
        event_index = _german(EventIndexPage)
        if news and news_index is None or events and event_index is None:
            raise CommandError("No German news or event index: run load_demo_content first.")
        with transaction.atomic():
            if news:
                _seed(news_index, NewsPage, _news_items(news))
            if events:
                _seed(event_index, EventPage, _events(events))
        # Bulk inserts send no publish signals: make the cached frame and counts go.
        bump()
        self.stdout.write(self.style.SUCCESS(f"Seeded {news} news items and {events} events."))


def _german(model):
    return model.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()


def _title(i, kind):
    words = [TITLE_WORDS[(i * 7 + k * 3) % len(TITLE_WORDS)] for k in range(3)]
    return f"{kind} {i}: {' '.join(words)}"


def _issuers():
    partners = list(Partner.objects.filter(live=True, locale__language_code=settings.LANGUAGE_CODE))
    return itertools.cycle([None, *partners])


def _news_items(count):
    """Unsaved NewsPages from the factory, one a day back from today."""
    issuers = _issuers()
    categories = itertools.cycle(NewsCategory.values)
    # the site's existing images, as editors reuse them: listings show a picture per item
    images = itertools.cycle(list(get_image_model().objects.order_by("pk")[:20]) or [None])
    today = timezone.localdate()
    for i in range(count):
        yield NewsPageFactory.build(
            title=_title(i, "Meldung"),
            date=today - datetime.timedelta(days=i % 3650),
            category=next(categories),
            issuer=next(issuers),
            image=next(images),
        )


def _events(count):
    """Unsaved EventPages: half upcoming within the next months, half in the past."""
    issuers = _issuers()
    categories = itertools.cycle(EventCategory.values)
    venues = itertools.cycle(list(Venue.objects.filter(live=True)) or [None])
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    for i in range(count):
        offset = datetime.timedelta(days=(i // 2) % 330 + 1, hours=i % 8)
        start = now + offset if i % 2 == 0 else now - offset
        yield EventPageFactory.build(
            title=_title(i, "Termin"),
            start=start,
            end=start + datetime.timedelta(hours=2),
            category=next(categories),
            status=EventStatus.CANCELLED if i % 25 == 0 else EventStatus.SCHEDULED,
            venue=next(venues),
            issuer=next(issuers),
        )


def _seed(parent, model, items):
    """Insert `items` as live children of `parent`, in batches."""
    content_type = ContentType.objects.get_for_model(model)
    page_type = ContentType.objects.get_for_model(Page)
    last = parent.get_last_child()
    step = Page._str2int(last.path[-Page.steplen :]) if last else 0
    stamp = timezone.now()
    sides = list(SIDES)
    added = 0
    while True:
        batch = list(itertools.islice(items, BATCH))
        if not batch:
            break
        for page in batch:
            step += 1
            slug = f"{page.title.split(':')[0].lower().replace(' ', '-')}-{uuid.uuid4().hex[:6]}"
            page.path = Page._get_path(parent.path, parent.depth + 1, step)
            page.depth = parent.depth + 1
            page.numchild = 0
            page.slug = slug
            page.url_path = f"{parent.url_path}{slug}/"
            page.locale_id = parent.locale_id
            page.translation_key = uuid.uuid4()
            page.content_type = content_type
            page.draft_title = page.title
            page.live = True
            page.has_unpublished_changes = False
            page.first_published_at = page.last_published_at = stamp
            page.latest_revision_created_at = stamp
            page.jointly_approved_at = stamp
            page.approved_sides = sides
        _insert(model, batch)
        revisions = Revision.objects.bulk_create(
            Revision(
                content_type=content_type,
                base_content_type=page_type,
                object_id=str(page.pk),
                created_at=stamp,
                object_str=page.title,
                content=page.serializable_data(),
            )
            for page in batch
        )
        for page, revision in zip(batch, revisions, strict=True):
            page.latest_revision_id = page.live_revision_id = revision.pk
        Page.objects.bulk_update(batch, ["latest_revision", "live_revision"])
        PageLogEntry.objects.bulk_create(
            PageLogEntry(
                content_type=content_type,
                page_id=page.pk,
                revision_id=page.latest_revision_id,
                action="wagtail.publish",
                label=page.title,
                timestamp=stamp,
                data={},
            )
            for page in batch
        )
        get_search_backend().add_bulk(model, batch)
        added += len(batch)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + added)


def _insert(model, pages):
    """Bulk insert pages of a multi-table model: Django's bulk_create refuses inherited models,
    so the wagtailcore_page rows go in first and then each subclass table's own columns."""
    chain = [*reversed(model._meta.get_parent_list()), model]
    for cls in chain:
        fields = [
            field
            for field in cls._meta.local_concrete_fields
            if not (field.primary_key and cls is Page)
        ]
        if cls is Page:
            created = Page.objects.bulk_create(
                [Page(**{f.attname: getattr(p, f.attname) for f in fields}) for p in pages]
            )
            for page, row in zip(pages, created, strict=True):
                page.pk = page.id = row.pk
                for parent in chain[1:]:
                    setattr(page, parent._meta.pk.attname, row.pk)
        else:
            cls._base_manager._insert(pages, fields=fields, using="default")
