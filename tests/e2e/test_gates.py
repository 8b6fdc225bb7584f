"""The quality gates over every public page type (issue 10; docs/architecture.md, "Quality bars").

Each page type is visited in German and Arabic (right to left), and the home and one detail
page in each of the other eight languages: home, every index with and without filters, every
detail type, search with and without results and empty, a form and the same form with its
error messages, the 404 page. Each visit is recorded once (crawl.visit) and judged by:

- accessibility: axe-core, WCAG 2.0/2.1 A and AA, zero violations of any impact;
- reflow: nothing wider than a 320 px viewport (WCAG 1.4.10);
- HTML: the Nu HTML Checker, zero errors, one Java run for all pages;
- privacy: no request to another origin, no frame or embed, no cookie except csrftoken on a
  page that renders a POST form;
- security: the strict public Content-Security-Policy and the other headers on every page, and
  no CSP violation while the page loads.

The demo content has the news, events and prevention pages in German only; this module adds
Arabic translations of one page of each type (titles and teasers in Arabic, the body as the
German source, as a fresh translation starts) and removes them afterwards, so the other browser
tests see the demo content unchanged."""

from django.conf import settings

from wagtail.models import Locale, Page

import pytest

from events.models import EventIndexPage, EventPage, InterculturalWeekPage
from home.models import FormPage, HomePage, StandardPage
from news.factories import NewsPageFactory
from news.models import NewsIndexPage, NewsPage
from prevention.models import PreventionIndexPage, PreventionTopicPage

from .crawl import visit
from .gates import axe_source, cookie_problems, security_header_problems, vnu_errors

pytestmark = pytest.mark.browser

NEWS_PER_PAGE = 10  # NewsIndexPage's paginator
OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code not in ("de", "ar")]

# Arabic titles and teasers of the pages this module translates.
ARABIC = {
    NewsIndexPage: ("الأخبار", "أخبار الشرطة ومجلس الهجرة والاندماج في باد كرويتسناخ."),
    NewsPage: ("الشرطة والمجلس يمددان تعاونهما", "اتفاقية التعاون مستمرة."),
    EventIndexPage: ("الفعاليات", "لقاءات ومحاضرات وجلسات حوار."),
    EventPage: ("جلسة حوار مفتوحة", "تعالوا وتحدثوا مع الشرطة والمجلس."),
    InterculturalWeekPage: ("أسبوع الثقافات 2026", "برنامج الأسبوع المشترك."),
    PreventionIndexPage: ("الوقاية", "نصائح ومواد بلغات عديدة."),
    PreventionTopicPage: ("الاحتيال عبر الهاتف", "الشرطة الحقيقية لا تطلب منكم المال أبدًا."),
}

# Page types and states visited in German and Arabic: name -> how to reach it. A name with a
# query string or "POST" is the same page in another state.
PAGE_TYPES = [
    "home",
    "news_index",
    "news_index_filtered",
    "news_index_page_2",
    "news_item",
    "event_index",
    "event_index_filtered",
    "event_archive",
    "event",
    "intercultural_week",
    "week_event",
    "prevention_index",
    "prevention_index_filtered",
    "prevention_topic",
    "standard_page",
    "form_page",
    "form_with_errors",
    "search_results",
    "search_no_results",
    "search_empty",
    "not_found",
]
# German by nature (docs/architecture.md, "Languages"): Leichte Sprache, Gebärdensprache (with the
# captioned video), and the legal pages, which stay German only.
GERMAN_ONLY = ["easy_language", "sign_language", "accessibility_statement"]

PAGES = (
    [("de", name) for name in PAGE_TYPES + GERMAN_ONLY]
    + [("ar", name) for name in PAGE_TYPES]
    + [(code, name) for code in OTHER_LANGUAGES for name in ("home", "standard_page")]
)
PAGE_IDS = [f"{code}-{name}" for code, name in PAGES]

SEARCH_TERM = {"de": "Polizei", "ar": "الشرطة"}


def _live(model, code):
    return (
        model.objects.live()
        .filter(locale__language_code=code, alias_of__isnull=True)
        .order_by("path")
    )


def _translate(page, code):
    """The live Arabic translation of `page`: the demo content's where it has one, else a new
    one with an Arabic title and teaser (returned with whether it was made here)."""
    existing = (
        Page.objects.live()
        .filter(
            translation_key=page.translation_key,
            locale__language_code=code,
            alias_of__isnull=True,
        )
        .first()
    )
    if existing is not None:
        return existing.specific, False
    locale = Locale.objects.get(language_code=code)
    translation = page.specific.copy_for_translation(locale)
    translation.title, translation.teaser = ARABIC[type(page.specific)]
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation, True


@pytest.fixture(scope="module")
def extra_pages(site_url, browser):
    """Arabic translations of one news, event, week, prevention page and their indexes, and
    enough news for a second page of the German and Arabic listings (so the pagination is
    checked too); removed when the module ends."""
    news_index = _live(NewsIndexPage, "de").first()
    event_index = _live(EventIndexPage, "de").first()
    prevention_index = _live(PreventionIndexPage, "de").first()
    week = _live(InterculturalWeekPage, "de").first()
    made = []
    for german in [
        news_index,
        _live(NewsPage, "de").filter(image__isnull=False).first(),
        event_index,
        _live(EventPage, "de").child_of(event_index).first(),
        week,
        _live(EventPage, "de").child_of(week).first(),
        prevention_index,
        _live(PreventionTopicPage, "de").first(),
    ]:
        translation, new = _translate(german, "ar")
        if new:
            made.append(translation)
    arabic_news_index = _live(NewsIndexPage, "ar").first()
    extra_news = [
        NewsPageFactory(parent=parent, title=f"{title} {number}", publish=True)
        for parent, title in ((news_index, "Meldung"), (arabic_news_index, "خبر"))
        for number in range(1, NEWS_PER_PAGE + 1)
    ]
    yield made
    for page in extra_news:
        page.refresh_from_db()
        page.delete()
    for page in reversed(made):  # children before their parents
        if Page.objects.filter(pk=page.pk).exists():
            Page.objects.get(pk=page.pk).delete()


def _urls(code):
    """name -> (url, submit_form) for one language."""
    home = _live(HomePage, code).first()
    news_index = _live(NewsIndexPage, code).first()
    event_index = _live(EventIndexPage, code).first()
    week = _live(InterculturalWeekPage, code).first()
    prevention_index = _live(PreventionIndexPage, code).first()
    about = _live(StandardPage, code).child_of(home).filter(slug="kooperation").first()
    form = _live(FormPage, code).filter(slug="kontakt").first()
    search = f"/{code}/suche/"
    urls = {"home": home.url, "standard_page": about.url}
    if code not in ("de", "ar"):
        return urls
    urls.update(
        news_index=news_index.url,
        news_index_filtered=f"{news_index.url}?category=press_release",
        news_index_page_2=f"{news_index.url}?page=2",
        news_item=_live(NewsPage, code).child_of(news_index).first().url,
        event_index=event_index.url,
        event_index_filtered=f"{event_index.url}?category=intercultural_week",
        event_archive=f"{event_index.url}?archive=1",
        event=_live(EventPage, code).child_of(event_index).first().url,
        intercultural_week=week.url,
        week_event=_live(EventPage, code).child_of(week).first().url,
        prevention_index=prevention_index.url,
        prevention_index_filtered=f"{prevention_index.url}?language=ar",
        prevention_topic=_live(PreventionTopicPage, code).first().url,
        form_page=form.url,
        form_with_errors=form.url,
        search_results=f"{search}?q={SEARCH_TERM[code]}",
        search_no_results=f"{search}?q=xqzxqz",
        search_empty=search,
        not_found=f"/{code}/gibt-es-nicht/",
    )
    if code == "de":
        german = _live(StandardPage, "de")
        urls.update(
            easy_language=german.filter(slug="leichte-sprache").first().url,
            sign_language=german.filter(slug="gebaerdensprache").first().url,
            accessibility_statement=german.filter(slug="barrierefreiheit").first().url,
        )
    return urls


@pytest.fixture(scope="module")
def visits(site_url, browser, extra_pages):
    """Every page of PAGES visited once: {page id: Visit}."""
    source = axe_source()
    urls = {code: _urls(code) for code in {code for code, _name in PAGES}}
    return {
        f"{code}-{name}": visit(
            browser,
            site_url,
            urls[code][name],
            language=code,
            submit_form=name == "form_with_errors",
            axe=source,
        )
        for code, name in PAGES
    }


@pytest.fixture(scope="module")
def html_errors(visits):
    """The Nu HTML Checker's errors of every visited page, from one Java run."""
    return vnu_errors({page_id: record.html for page_id, record in visits.items()})


def test_every_page_was_reached(visits):
    wrong = {
        page_id: record.status
        for page_id, record in visits.items()
        if record.status != (404 if page_id.endswith("not_found") else 200)
    }
    assert wrong == {}
    errors = [visits[f"{code}-form_with_errors"].html for code in ("de", "ar")]
    assert all('id="form-errors"' in html for html in errors), "no error summary shown"
    for code in ("de", "ar"):
        assert 'class="kern-error"' in visits[f"{code}-form_with_errors"].html
        for state in ("news_index", "news_index_page_2"):
            assert 'class="site-pagination"' in visits[f"{code}-{state}"].html, state


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_accessibility_axe_finds_no_violation(visits, page_id):
    assert visits[page_id].axe == []


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_the_page_reflows_at_320_px(visits, page_id):
    assert visits[page_id].reflow_overflow == []


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_the_html_is_valid(html_errors, page_id):
    assert html_errors[page_id] == []


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_privacy_nothing_goes_to_third_parties_and_no_cookie(visits, page_id):
    record = visits[page_id]
    assert record.foreign_requests == []
    assert record.embeds == []
    assert cookie_problems(record.set_cookies, record.has_post_form) == []


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_security_headers_and_no_policy_violation(visits, page_id):
    record = visits[page_id]
    assert security_header_problems(record.headers) == []
    assert record.csp_violations == []


def test_csrftoken_only_where_a_form_is(visits):
    """The pages with a POST form set csrftoken; no other page sets any cookie."""
    with_cookie = sorted(page_id for page_id, record in visits.items() if record.set_cookies)
    with_form = sorted(page_id for page_id, record in visits.items() if record.has_post_form)
    assert with_cookie == with_form
    assert "de-form_page" in with_form
