"""Every factory builds a valid object that survives a round trip through the database.

The demo-content command uses the same factories, so a broken factory breaks `make setup`."""

import importlib
import inspect

from django.db.models import Model

from wagtail.models import Page

import factory
import pytest

from events.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    InterculturalWeekPageFactory,
    VenueFactory,
)
from home.factories import (
    AlertFactory,
    FormFieldFactory,
    FormPageFactory,
    HomePageFactory,
    NavigationItemFactory,
    NavigationMenuFactory,
    StandardPageFactory,
)
from images.factories import CustomImageFactory, DocumentFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory
from partners.factories import ContactPersonFactory, PartnerFactory
from prevention.factories import (
    PreventionIndexPageFactory,
    PreventionMaterialFactory,
    PreventionMaterialFileFactory,
    PreventionTopicPageFactory,
)

pytestmark = pytest.mark.django_db

FACTORY_MODULES = [
    "images.factories",
    "partners.factories",
    "home.factories",
    "news.factories",
    "events.factories",
    "prevention.factories",
]

# factory -> (fixture giving the parent page or None, extra keyword arguments)
CASES = {
    CustomImageFactory: (None, {}),
    DocumentFactory: (None, {}),
    PartnerFactory: (None, {}),
    ContactPersonFactory: (None, {}),
    HomePageFactory: ("root_page", {}),
    StandardPageFactory: ("home_page", {}),
    FormPageFactory: ("home_page", {}),
    FormFieldFactory: ("home_page", {}),
    AlertFactory: (None, {}),
    NavigationMenuFactory: (None, {}),
    NavigationItemFactory: (None, {}),
    NewsIndexPageFactory: ("home_page", {}),
    NewsPageFactory: ("news_index", {}),
    EventIndexPageFactory: ("home_page", {}),
    InterculturalWeekPageFactory: ("event_index", {}),
    EventPageFactory: ("event_index", {}),
    VenueFactory: (None, {}),
    PreventionIndexPageFactory: ("home_page", {}),
    PreventionTopicPageFactory: ("prevention_index", {}),
    PreventionMaterialFactory: (None, {"languages": ["de", "ar"]}),
    PreventionMaterialFileFactory: (None, {}),
}


def concrete_factories():
    found = set()
    for name in FACTORY_MODULES:
        for _, obj in inspect.getmembers(importlib.import_module(name), inspect.isclass):
            if (
                issubclass(obj, factory.django.DjangoModelFactory)
                and obj.__module__ == name
                and not obj._meta.abstract
            ):
                found.add(obj)
    return found


def test_every_factory_of_the_apps_is_covered_here():
    assert concrete_factories() == set(CASES)


@pytest.mark.parametrize("factory_class", list(CASES), ids=lambda f: f.__name__)
def test_factory_creates_an_object_that_reads_back(factory_class, request):
    parent_fixture, kwargs = CASES[factory_class]
    if factory_class is FormFieldFactory:
        kwargs = {**kwargs, "page__parent": request.getfixturevalue(parent_fixture)}
    elif parent_fixture:
        kwargs = {**kwargs, "parent": request.getfixturevalue(parent_fixture)}

    obj = factory_class(**kwargs)

    model = factory_class._meta.model
    assert isinstance(obj, Model)
    stored = model.objects.get(pk=obj.pk)
    assert str(stored) == str(obj)
    if isinstance(obj, Page):
        assert stored.get_parent().pk == kwargs["parent"].pk
        stored.full_clean()
    if factory_class is PreventionMaterialFactory:
        assert sorted(stored.files.values_list("language", flat=True)) == ["ar", "de"]


@pytest.mark.parametrize(
    "factory_class",
    [PartnerFactory, ContactPersonFactory, VenueFactory, AlertFactory, PreventionMaterialFactory],
    ids=lambda f: f.__name__,
)
def test_published_snippets_are_live_with_a_revision(factory_class):
    obj = factory_class(publish=True)
    obj.refresh_from_db()
    assert obj.live
    assert obj.live_revision is not None
    assert obj.latest_revision == obj.live_revision


def test_published_pages_are_live_with_a_revision(home_page):
    page = StandardPageFactory(parent=home_page, publish=True)
    page.refresh_from_db()
    assert page.live
    assert page.live_revision is not None
    assert not page.has_unpublished_changes
