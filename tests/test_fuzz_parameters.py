"""Property-based: no query parameter of a public listing, the search, a feed or a calendar, and
no id in an admin URL of ours, gets a 5xx answer. Hypothesis draws the values (control and
Unicode characters, lone surrogates sent as invalid UTF-8, Unicode digits, very long strings,
numbers at the edges of Python's dates and of the database's integers) with a fixed seed
(profile "ci" in tests/conftest.py; `HYPOTHESIS_PROFILE=deep` draws many more at random).
The site is built once for the module (tests.conftest.module_db)."""

import datetime
from urllib.parse import quote, urlencode

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editorial.setup import setup_editorial
from editorial.sides import EDITORS_POLICE
from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import EventCategory
from news.factories import NewsIndexPageFactory, NewsPageFactory
from news.models import NewsCategory
from prevention.factories import (
    PreventionIndexPageFactory,
    PreventionMaterialFactory,
    PreventionTopicPageFactory,
)
from prevention.models import TargetGroup
from tests.conftest import build_home_page, build_homes, build_partners, each_test_gets, translate
from tests.editorial.admin_routes import ADMIN_ROUTES, GOOD_VALUES, segments
from tests.test_listings import FUTURE, PAST, add_file

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Listings also in a language other than German: a translation reads its German source's facts.
TRANSLATED = "ar"

# -- values -------------------------------------------------------------------------------

EDGES = [
    "",
    "0",
    "-0",
    "-1",
    "+1",
    " 1",
    "01",
    "0000",
    "0001",
    "9999",
    "10000",
    "0000-00",
    "0001-01",
    "9999-12",
    "9999-99",
    "2026-1",
    "2026-13",
    "1e999",
    "-1e999",
    "nan",
    "inf",
    "0x1",
    "1.5",
    str(2**63 - 1),
    str(2**63),
    str(-(2**63) - 1),
    "9" * 400,
    "\N{SUPERSCRIPT TWO}",
    "\N{SUPERSCRIPT TWO}" * 4,
    "٢٠٢٦",  # Arabic-Indic digits: str.isdecimal() is True, and int() reads them
    "٢٠٢٦-٠٤",
    "۱۴۰۵",  # Extended Arabic-Indic (Persian)
    "\x00",
    "%",
    "'",
    '"',
    "<script>",
    "\u202e",
]
edges = st.sampled_from(EDGES)
# Every code point, lone surrogates and control characters included.
any_text = st.text(st.characters(exclude_categories=()), max_size=30)
long_text = st.builds(
    lambda chunk, times: chunk * times,
    st.text(st.characters(exclude_categories=()), min_size=1, max_size=3),
    st.integers(1000, 20000),
)
# Years and months as the filters parse them, often at the ends of Python's dates (1 to 9999).
years = st.one_of(st.sampled_from([0, 1, 9999, 10000]), st.integers(-1, 10000))
months = st.one_of(st.integers(1, 12), st.sampled_from([-1, 0, 13, 99]))
year_texts = years.map(lambda year: f"{year:04d}")
month_texts = st.builds(lambda year, month: f"{year:04d}-{month:02d}", years, months)
numbers = st.one_of(
    st.integers(-(10**30), 10**30).map(str),
    year_texts,
    month_texts,
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
)


def values(*valid, shaped=None):
    """Any value of a parameter, including the ones it accepts (`valid`), so that bad values
    meet valid filters of the other parameters; half of them `shaped` like what it parses."""
    choices = [edges, any_text, long_text, numbers]
    if valid:
        choices.append(st.sampled_from(valid))
    anything = st.one_of(choices)
    if shaped is None:
        return anything
    # one_of() would draw from its first strategy far less than half of the time.
    return st.sampled_from([shaped, anything]).flatmap(lambda strategy: strategy)


def query_string(drawn):
    """The URL query of drawn parameters as a browser would send it: UTF-8 percent-encoded,
    lone surrogates as the invalid bytes they encode to."""
    return urlencode({key: value.encode("utf-8", "surrogatepass") for key, value in drawn.items()})


def segment(text):
    """A drawn path segment, percent-encoded (a slash stays part of it)."""
    return quote(text.encode("utf-8", "surrogatepass"), safe="")


# -- the site -----------------------------------------------------------------------------


def user(username, **fields):
    return get_user_model().objects.create_user(username=username, **fields)


@pytest.fixture(scope="module")
def shared_site(module_db):
    """Every listing with an item in German and in TRANSLATED, a home in every language, the
    editorial groups with a superuser and an editor. Built once; the tests only read it."""
    home = build_home_page()
    homes = build_homes(home)
    police, _council = build_partners()
    news_index = NewsIndexPageFactory(parent=home)
    event_index = EventIndexPageFactory(parent=home)
    prevention_index = PreventionIndexPageFactory(parent=home)
    news = NewsPageFactory(parent=news_index, issuer=police, date=datetime.date(2026, 4, 1))
    EventPageFactory(parent=event_index, start=FUTURE, end=FUTURE + datetime.timedelta(hours=2))
    EventPageFactory(parent=event_index, start=PAST, category=EventCategory.COUNCIL_MEETING)
    topic = PreventionTopicPageFactory(parent=prevention_index)
    material = PreventionMaterialFactory(topics=[topic], publish=True)
    add_file(material, "de")
    add_file(material, "ar")
    indexes = {"news": [news_index], "events": [event_index], "prevention": [prevention_index]}
    for kind, (index,) in list(indexes.items()):
        indexes[kind].append(translate(index, TRANSLATED))
    translate(news, TRANSLATED)
    setup_editorial()
    editor = user("fuzz_editor")
    editor.groups.set(Group.objects.filter(name=EDITORS_POLICE))
    return {
        "urls": {kind: [page.url for page in pages] for kind, pages in indexes.items()},
        "homes": sorted(homes),
        "issuers": ["joint", str(police.pk)],
        "topics": [str(topic.pk)],
        "users": [user("fuzz_admin", is_superuser=True, is_staff=True), editor],
    }


@pytest.fixture
def site(db, shared_site):
    return each_test_gets(shared_site)


def get(client, path, drawn=None):
    """A GET of `path` with drawn parameters; a 5xx fails the test (an exception in the view
    reaches the test client and fails it with its traceback)."""
    response = client.get(f"{path}?{query_string(drawn)}" if drawn else path)
    assert response.status_code < 500, (path, drawn, response.status_code)
    return response


# -- public listings, search, feeds and calendars --------------------------------------------


def listing_parameters(site):
    """Each listing's parameters: {listing: {name: (accepted values, shape of a value)}}."""
    page = (("1", "2"), None)
    library = {
        "topic": (site["topics"], None),
        "group": (TargetGroup.values, None),
        "language": (LANGUAGES, None),
        "page": page,
    }
    return {
        "news": {
            "category": (NewsCategory.values, None),
            "issuer": (site["issuers"], None),
            "year": (("2026", "2025"), year_texts),
            "page": page,
        },
        "events": {
            "category": (EventCategory.values, None),
            "month": (("2031-04", "2024-05"), month_texts),
            "archive": (("1",), None),
            "page": page,
        },
        "prevention": library,
        "library": library,
    }


def one_drawn(parameters, fuzzed):
    """Parameters with a drawn value for `fuzzed` and accepted values (or none) for the rest."""
    valid, shaped = parameters[fuzzed]
    return st.fixed_dictionaries(
        {fuzzed: values(*valid, shaped=shaped)},
        optional={
            name: st.sampled_from(accepted)
            for name, (accepted, _shape) in parameters.items()
            if name != fuzzed
        },
    )


LISTING_PARAMETERS = [
    *((kind, name) for kind in ("news", "events") for name in ("category", "page")),
    ("news", "issuer"),
    ("news", "year"),
    ("events", "month"),
    ("events", "archive"),
    *((kind, name) for kind in ("prevention", "library") for name in ("topic", "group")),
    *((kind, name) for kind in ("prevention", "library") for name in ("language", "page")),
]


@pytest.mark.parametrize(("kind", "fuzzed"), LISTING_PARAMETERS)
def test_no_listing_parameter_gets_a_server_error(client, site, kind, fuzzed):
    # The material library of German redirects to its prevention index; the other languages
    # have no prevention section and list the library at /<lang>/materialien/.
    urls = site["urls"].get(kind) or [f"/{language}/materialien/" for language in site["homes"]]

    @given(st.sampled_from(urls), one_drawn(listing_parameters(site)[kind], fuzzed))
    def check(url, drawn):
        get(client, url, drawn)

    check()


SEARCH = {"q": (("Meldung", "Material"), None), "page": (("1", "2"), None)}


@pytest.mark.parametrize("fuzzed", sorted(SEARCH))
def test_no_search_parameter_gets_a_server_error(client, site, fuzzed):
    @given(st.sampled_from(site["homes"]), one_drawn(SEARCH, fuzzed))
    def check(language, drawn):
        get(client, f"/{language}/suche/", drawn)

    check()


def feed_paths(language):
    fixed = ["nachrichten.rss", "nachrichten.atom", "veranstaltungen.ics"]
    category = st.one_of(st.sampled_from(EventCategory.values), any_text, edges)
    return st.one_of(
        st.sampled_from(fixed),
        category.map(lambda text: f"veranstaltungen/{segment(text)}.ics"),
        st.one_of(numbers, edges).map(lambda pk: f"veranstaltung/{segment(pk)}.ics"),
    ).map(lambda path: f"/{language}/feeds/{path}")


def test_no_feed_or_calendar_address_gets_a_server_error(client, site):
    @given(
        st.sampled_from(site["homes"]).flatmap(feed_paths),
        # Feeds read no parameter: any is ignored.
        st.fixed_dictionaries({}, optional={"page": values(), "category": values()}),
    )
    def check(path, drawn):
        get(client, path, drawn)

    check()


# -- admin URLs of ours -------------------------------------------------------------------

admin_ids = st.one_of(edges, numbers, any_text, st.integers(0, 10**6).map(str))


@st.composite
def admin_urls(draw):
    """One of our admin routes with a drawn value for one of its checked parameters."""
    route, checked = draw(st.sampled_from([param.values for param in ADMIN_ROUTES]))
    fuzzed = draw(st.sampled_from(checked))[0]
    url = "/"
    for part in segments(route):
        if isinstance(part, tuple):
            name = part[0]
            url += segment(draw(admin_ids)) if name == fuzzed else GOOD_VALUES.get(name, "1")
        else:
            url += part
    return url


def test_no_admin_id_gets_a_server_error(client, site):
    @given(st.sampled_from(site["users"]), admin_urls(), st.sampled_from(["get", "post"]))
    def check(user, url, method):
        client.force_login(user)
        response = getattr(client, method)(url)
        assert response.status_code < 500, (user.username, method, url, response.status_code)

    check()
