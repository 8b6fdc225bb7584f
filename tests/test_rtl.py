"""Right to left and mixed directions (docs/architecture.md, "Languages"; issue 5 item 4): Arabic
and Persian pages say lang and dir="rtl" and mirror through logical CSS, numbers and addresses stay
left-to-right islands, inputs get their direction, dates follow the page's language, fonts for
Arabic script are our own files, and German text on another language's page says so."""

import datetime
import posixpath
import re
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template import Context, Template
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from events.factories import EventIndexPageFactory, EventPageFactory, VenueFactory
from events.models import Registration
from home.factories import AlertFactory, FormFieldFactory, FormPageFactory
from home.templatetags.lang_tags import long_date, long_datetime
from news.factories import NewsPageFactory
from prevention.factories import PreventionMaterialFactory

BASE_DIR = Path(settings.BASE_DIR)
CSS_DIR = BASE_DIR / "static" / "css"


@pytest.fixture
def translated_home(home_page):
    """Makes the live home page of another language, which switches that language on."""

    def make(code):
        locale = Locale.objects.get_or_create(language_code=code)[0]
        home = home_page.copy_for_translation(locale)
        home.save_revision().publish()
        home.refresh_from_db()
        return home

    return make


def soup_of(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


# --- lang and dir ----------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(("code", "direction"), [("ar", "rtl"), ("fa", "rtl"), ("uk", "ltr")])
def test_a_page_says_its_language_and_direction(client, translated_home, code, direction):
    home = translated_home(code)
    html = soup_of(client.get(home.url)).html
    assert (html["lang"], html["dir"]) == (code, direction)


@pytest.mark.django_db
def test_the_pages_language_wins_over_the_browsers(client, translated_home, home_page):
    persian = translated_home("fa")
    html = soup_of(client.get(persian.url, headers={"accept-language": "de"})).html
    assert (html["lang"], html["dir"]) == ("fa", "rtl")
    html = soup_of(client.get(home_page.url, headers={"accept-language": "fa"})).html
    assert (html["lang"], html["dir"]) == ("de", "ltr")


# --- Bidi isolation --------------------------------------------------------------------------


@pytest.mark.django_db
def test_110_keeps_its_order_in_the_persian_header_and_footer(client, translated_home):
    persian = translated_home("fa")
    soup = soup_of(client.get(persian.url))
    for region in (soup.find(class_="site-emergency-bar"), soup.find("footer")):
        for number in ("110", "112"):
            link = region.find("a", href=f"tel:{number}")
            isolate = link.find("bdi")
            # Left-to-right and isolated, so the Persian text around it cannot reorder it;
            # Western digits in their spoken order, as on the phone's keypad.
            assert isolate["dir"] == "ltr"
            assert isolate.get_text() == number
    footer = str(soup.find("footer"))
    assert '<a href="tel:110"><bdi dir="ltr">110</bdi></a>' in footer
    assert "۱۱۰" not in footer


@pytest.mark.django_db
def test_contact_addresses_and_venues_are_isolated_left_to_right(client, translated_home):
    arabic = translated_home("ar")
    index = EventIndexPageFactory(parent=arabic, title="الفعاليات", slug="events")
    venue = VenueFactory(publish=True, name="Haus des Gastes", street="Kurhausstraße 28")
    event = EventPageFactory(
        parent=index,
        title="جلسة حوار",
        slug="talk",
        venue=venue,
        registration=Registration.EMAIL,
        registration_email="anmeldung@example.org",
    )
    soup = soup_of(client.get(event.url))

    address = soup.find("address")
    # The venue has no Arabic translation yet: its German name is marked as German.
    assert (address["lang"], address["dir"]) == ("de", "ltr")
    assert [bdi["dir"] for bdi in address.find_all("bdi")] == ["ltr", "ltr"]
    assert [bdi.get_text() for bdi in address.find_all("bdi")] == [
        "Kurhausstraße 28",
        "55543 Bad Kreuznach",
    ]
    mail = soup.find("a", href="mailto:anmeldung@example.org")
    assert mail.find("bdi", dir="ltr").get_text() == "anmeldung@example.org"


# --- Inputs ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_persian_form_inputs_have_their_direction(client, translated_home):
    persian = translated_home("fa")
    form = FormPageFactory(parent=persian, title="تماس", slug="contact")
    fields = [
        ("name", "singleline", "auto"),
        ("email", "email", "ltr"),
        ("website", "url", "ltr"),
        ("count", "number", "ltr"),
        ("day", "date", "ltr"),
        ("message", "multiline", "auto"),
    ]
    for order, (label, field_type, _direction) in enumerate(fields):
        FormFieldFactory(page=form, label=label, field_type=field_type, sort_order=order)

    soup = soup_of(client.get(form.url))
    assert soup.html["dir"] == "rtl"
    for label, _field_type, direction in fields:
        assert soup.find(id=f"id_{label}")["dir"] == direction, label
    assert soup.find("textarea", id="id_message")["dir"] == "auto"


@pytest.mark.django_db
def test_search_inputs_follow_what_is_typed(client, translated_home):
    translated_home("fa")
    with translation.override("fa"):
        url = reverse("search")
    soup = soup_of(client.get(url, {"q": "پلیس"}))
    assert soup.find(id="search-q")["dir"] == "auto"
    assert soup.find(id="site-search-q")["dir"] == "auto"


# --- Dates and numbers -----------------------------------------------------------------------

EVENING = timezone.make_aware(datetime.datetime(2026, 5, 3, 18, 30))


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("de", "Sonntag, 3. Mai 2026, 18:30"),
        ("en", "Sunday, May 3, 2026, 6:30 p.m."),
        ("tr", "Pazar, 03 Mayıs 2026, 18:30"),
        ("fa", "یکشنبه، 3 مه 2026، 18:30"),
        ("ru", "Воскресенье, 3 мая 2026 г., 18:30"),
    ],
)
def test_dates_and_times_follow_the_pages_language(code, expected):
    with translation.override(code):
        assert long_datetime(EVENING) == expected


def test_arabic_dates_use_arabic_words_and_commas():
    with translation.override("ar"):
        text = long_date(EVENING)
    assert text.startswith("الأحد، ")
    assert "مايو" in text


def test_templates_use_the_languages_date_formats_not_german_patterns():
    """`|date:"j. F Y"` would print German order and dots on an Arabic page; templates use
    Django's per-language formats (DATE_FORMAT ...) or lang_tags' long_date/long_datetime.
    Machine formats for datetime= attributes and comparisons stay allowed."""
    machine = {"c", "Y-m-d", "Y-m", "Ymd", "U"}
    named = re.compile(r"^[A-Z_]+_FORMAT$")
    found = []
    for path in (BASE_DIR / "templates").rglob("*.html"):
        for fmt in re.findall(r"\|(?:date|time):[\"']([^\"']*)[\"']", path.read_text()):
            if fmt not in machine and not named.match(fmt):
                found.append(f"{path.relative_to(BASE_DIR)}: {fmt!r}")
    assert not found, "\n".join(found)


@pytest.mark.django_db
def test_an_arabic_event_page_shows_its_date_in_arabic(client, translated_home):
    arabic = translated_home("ar")
    index = EventIndexPageFactory(parent=arabic, title="الفعاليات", slug="events")
    event = EventPageFactory(
        parent=index, title="أمسية", slug="evening", start=EVENING + datetime.timedelta(days=3650)
    )
    when = soup_of(client.get(event.url)).find("time")
    assert "،" in when.get_text()
    assert re.search(r"[\u0600-\u06ff]", when.get_text())


# --- German fallback text --------------------------------------------------------------------


@pytest.mark.django_db
def test_german_text_on_another_languages_page_says_lang_de(home_page, translated_home, rf):
    arabic = translated_home("ar")
    german_alert = AlertFactory(publish=True)
    arabic_alert = AlertFactory(publish=True, locale=arabic.locale, title="تنبيه")
    template = Template("{% load lang_tags %}<p{% lang_attrs obj %}></p>")
    request = rf.get("/ar/")

    with translation.override("ar"):
        assert template.render(Context({"obj": german_alert, "request": request})) == (
            '<p lang="de" dir="ltr"></p>'
        )
        assert template.render(Context({"obj": arabic_alert, "request": request})) == "<p></p>"
    with translation.override("de"):
        assert template.render(Context({"obj": german_alert, "request": request})) == "<p></p>"
        assert template.render(Context({"obj": arabic_alert, "request": request})) == (
            '<p lang="ar" dir="rtl"></p>'
        )


def test_image_credits_and_alt_texts_exist_in_german_only_and_say_so():
    template = Template("{% load lang_tags %}<figure{% source_lang_attrs %}></figure>")
    with translation.override("ar"):
        assert template.render(Context()) == '<figure lang="de" dir="ltr"></figure>'
    with translation.override("de"):
        assert template.render(Context()) == "<figure></figure>"


@pytest.mark.django_db
def test_a_german_alert_and_material_on_a_persian_page_are_marked(home_page, translated_home):
    translated_home("fa")
    request = RequestFactory().get("/fa/")
    alert = AlertFactory(publish=True)
    material = PreventionMaterialFactory(publish=True, title="Vorsicht, Telefonbetrug!")
    with translation.override("fa"):
        alerts = BeautifulSoup(
            render_to_string(
                "includes/alerts.html", {"frame": {"alerts": [alert]}}, request=request
            ),
            "html.parser",
        )
        card = BeautifulSoup(
            render_to_string(
                "prevention/includes/material.html", {"material": material}, request=request
            ),
            "html.parser",
        )
    box = alerts.find(class_="site-alert")
    assert (box["lang"], box["dir"]) == ("de", "ltr")
    title = card.find(class_="kern-title")
    assert (title["lang"], title.get_text()) == ("de", "Vorsicht, Telefonbetrug!")
    # The card's own labels are Persian: only the German text is marked.
    assert card.find("article").get("lang") is None


# --- CSS and fonts ---------------------------------------------------------------------------


def css_rules(path):
    """(selector, declarations) of a stylesheet, comments removed, @media blocks flattened."""
    text = re.sub(r"/\*.*?\*/", "", path.read_text(), flags=re.S)
    return [
        (selector.strip(), body)
        for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text)
        if not selector.strip().startswith("@")
    ]


PHYSICAL = re.compile(
    r"(?<![\w-])(?:(?:margin|padding|border)-(?:left|right)(?:-\w+)?|left|right"
    r"|border-(?:top|bottom)-(?:left|right)-radius)\s*:"
    r"|(?:text-align|float|clear)\s*:\s*(?:left|right)\b"
)


# (stylesheet, selector, property) that must stay physical, each with its reason.
PHYSICAL_ALLOWED = {
    # The switcher's "open me" chevron is two borders turned 45 degrees to point down; it
    # points down in both directions, so it must not mirror.
    ("switcher.css", ".site-languages__toggle::after", "border-right"),
    # The alert's "show details" chevron, drawn the same way.
    ("site.css", ".site-alert__more::after", "border-right"),
}


def test_our_stylesheets_use_logical_properties_only():
    """margin-inline-start instead of margin-left and so on: one stylesheet serves both
    directions. Exceptions are listed in PHYSICAL_ALLOWED with their reason."""
    found = []
    for path in sorted(CSS_DIR.glob("*.css")):
        for selector, body in css_rules(path):
            found += [
                f"{path.name}: {selector} {{{match}}}"
                for match in PHYSICAL.findall(body)
                if (path.name, selector, match.split(":")[0].strip()) not in PHYSICAL_ALLOWED
            ]
            for prop, value in re.findall(r"(?<![\w-])(margin|padding|inset)\s*:\s*([^;]+)", body):
                parts = value.split()
                if len(parts) == 4 and parts[1] != parts[3]:
                    found.append(f"{path.name}: {selector} {{{prop}: {value}}}")
    assert not found, "\n".join(found)


def test_the_check_for_physical_properties_finds_them():
    for bad in ["margin-left: 1rem", "right: 0", "text-align: right", "float: left"]:
        assert PHYSICAL.search(bad), bad
    for good in ["margin-inline-start: 1rem", "inset-inline-end: 0", "text-align: start"]:
        assert not PHYSICAL.search(good), good


def test_direction_implying_icons_flip_in_right_to_left():
    rules = css_rules(CSS_DIR / "site.css")
    flipped = " ".join(selector for selector, body in rules if "scaleX(-1)" in body)
    for icon in ("arrow-back", "arrow-forward", "chevron-left", "chevron-right"):
        assert f".kern-icon--{icon}:dir(rtl)" in flipped, icon
    # The breadcrumb separator points the other way too.
    assert any(":dir(rtl)" in selector and "‹" in body for selector, body in rules)


@pytest.mark.django_db
def test_pagination_arrows_are_the_flipped_kern_icons(client, news_index):
    index = news_index
    for _ in range(21):  # ten a page: page 2 has a previous and a next page
        NewsPageFactory(parent=index)
    soup = soup_of(client.get(index.url, {"page": 2}))
    pagination = soup.find(class_="site-pagination")
    assert pagination.find("a", rel="prev").find(class_="kern-icon--chevron-left")
    assert pagination.find("a", rel="next").find(class_="kern-icon--chevron-right")


def test_every_font_is_our_own_woff2_loaded_only_when_needed():
    """Noto Sans Arabic only for Arabic script, and KERN's Fira Sans cut into subsets per
    script (issue 19), each downloaded only for a page that shows its characters."""
    fonts = CSS_DIR / "fonts.css"
    text = re.sub(r"/\*.*?\*/", "", fonts.read_text(), flags=re.S)
    faces = re.findall(r"@font-face\s*\{([^}]*)\}", text)
    arabic = [face for face in faces if '"Noto Sans Arabic"' in face]
    fira = [face for face in faces if '"Fira Sans"' in face]
    assert len(arabic) >= 3  # regular, semibold, bold
    assert len(fira) >= 6
    assert len(arabic) + len(fira) == len(faces)
    for face in faces:
        assert re.search(r"font-display:\s*swap", face)
        assert re.search(r"unicode-range:", face)
        if face in arabic:
            assert re.search(r"unicode-range:[^;]*U\+0600-06FF", face)
        else:
            assert not re.search(r"unicode-range:[^;]*U\+06", face)
        urls = re.findall(r"url\(\"?([^\")]+)\"?\)", face)
        assert urls and all(url.endswith(".woff2") for url in urls), urls
        for url in urls:
            # Resolved as the browser does, relative to /static/css/fonts.css.
            static_path = posixpath.normpath(posixpath.join("css", url))
            assert finders.find(static_path), f"{url} is not a static file"
    assert '"Noto Sans Arabic"' in text.split(":root", 1)[1]


def test_no_stylesheet_loads_anything_from_another_origin():
    for path in CSS_DIR.glob("*.css"):
        text = path.read_text()
        assert not re.search(r"url\(\s*[\"']?(?:https?:)?//", text), path.name
        assert "@import" not in text, path.name


def test_the_font_stylesheet_follows_kern_so_its_font_stack_wins():
    base = (BASE_DIR / "templates" / "base.html").read_text()
    assert base.index("kern/kern.min.css") < base.index("css/fonts.css")
