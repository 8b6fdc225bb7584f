"""The admin speaks German: each role logs in and walks the admin pages it uses, and no English
word is left on them outside the allow list (tests/e2e/admin_words.py) and the content itself
(titles, names and texts that editors wrote, in whatever language).

Pages a role may not open redirect to the dashboard with a German message, which is checked too."""

import re

from django.contrib.auth import get_user_model
from django.db import models

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page

import pytest
from playwright.sync_api import expect

from demo.loaders import DEMO_ADMIN_PASSWORD
from demo.loaders.editorial import DEMO_PASSWORD
from editorial.approval.decide import decide_url
from events.models import Venue
from home.models import Alert
from news.factories import NewsPageFactory
from news.models import NewsIndexPage, NewsPage
from partners.models import ContactPerson, Partner
from prevention.models import PreventionMaterial

from .admin_words import english_on, english_words

pytestmark = pytest.mark.browser

ROLES = ["redaktion-polizei", "freigabe-polizei", "freigabe-beirat", "uebersetzung", "admin"]
APPROVERS = {"freigabe-polizei", "freigabe-beirat"}
TITLE = "Sicher Radfahren im Winter"
CONTENT_MODELS = [PreventionMaterial, Partner, ContactPerson, Venue, Alert]
# IANA time zones in the account's time-zone list ("America/New_York").
TIME_ZONE = re.compile(r"\b[A-Z][A-Za-z_]+/[A-Za-z_/+-]+")


def test_the_detector_finds_the_english_the_issue_found():
    for text, word in [
        ("vor 1 Minute · a minute ago", "ago"),
        ("5 custom images", "custom"),
        ("Flyer\tTrue\tFalse", "True"),
        ("Deutsch to العربية translation", "translation"),
        ("More actions", "More"),
        ("Password*", "Password"),
        ("Manuell übersetzt am 7 December 2026", "December"),
    ]:
        assert word in [found for found, _line in english_words(text)], text
    german = "Wartet auf unsere Freigabe · Passwort · Weitere Aktionen · vor 1 Minute · Ja · Nein"
    assert english_words(german) == []
    assert english_words("Wagtail 8.0 · English · Deutsch") == []


def content_texts():
    """Every text editors wrote: titles and slugs of pages, titles of media and collections, the
    text fields of snippets (translations included), longest first so a title goes before its
    parts."""
    texts = set(Page.objects.values_list("title", flat=True))
    texts |= set(Page.objects.values_list("slug", flat=True))  # the review lists the slug
    texts |= set(get_image_model().objects.values_list("title", flat=True))
    texts |= set(get_document_model().objects.values_list("title", flat=True))
    texts |= set(Collection.objects.values_list("name", flat=True))
    for model in CONTENT_MODELS:
        fields = [f.name for f in model._meta.get_fields() if isinstance(f, models.CharField)]
        for obj in model.objects.all():
            texts.add(str(obj))
            texts |= {getattr(obj, name) for name in fields}
    for user in get_user_model().objects.all():
        texts |= {user.username, user.get_full_name(), user.first_name, user.last_name}
    return sorted((t for t in texts if t and len(t) > 1), key=len, reverse=True)


def without_content(words_and_lines, texts):
    """The hits whose word is not inside a text an editor wrote on that line."""
    left = []
    for word, line in words_and_lines:
        rest = TIME_ZONE.sub(" ", line)
        for text in texts:
            rest = rest.replace(text, " ")
        if re.search(rf"\b{re.escape(word)}\b", rest):
            left.append((word, line))
    return left


@pytest.fixture(scope="module")
def admin_pages(site_url):
    """The admin pages each role uses, with an item of the demo in the joint approval."""
    users = get_user_model().objects
    german = Locale.objects.get(language_code="de")
    index = NewsIndexPage.objects.get(locale=german)
    item = NewsPage.objects.filter(title=TITLE).first()
    if item is None:
        editor = users.get(username="redaktion-polizei")
        item = NewsPageFactory(parent=index, title=TITLE, slug="radfahren-winter", live=False)
        item.save_revision(user=editor)
        item.get_workflow().start(item, editor)
    item = NewsPage.objects.get(pk=item.pk)
    synced = NewsPage.objects.filter(locale__language_code="ar").order_by("pk").first()
    if synced.current_workflow_state is None:  # submitted, so approvers review it side by side
        translator = users.get(username="uebersetzung")
        synced.save_revision(user=translator)
        synced.get_workflow().start(synced, translator)
    material = PreventionMaterial.objects.filter(locale=german).first()
    home = index.get_parent()
    pages = {
        "dashboard": "/admin/",
        "explorer": f"/admin/pages/{home.pk}/",
        "news": f"/admin/pages/{index.pk}/",
        "page in the approval": f"/admin/pages/{item.pk}/edit/",
        "approval": decide_url(
            item.current_workflow_task_state, "approve", item.get_latest_revision()
        ),
        "workflow history": f"/admin/pages/{item.pk}/workflow_history/",
        "translation editor": f"/admin/pages/{synced.pk}/edit/",
        "translation review": f"/admin/uebersetzung-pruefen/news/newspage/{synced.pk}/",
        "materials": "/admin/snippets/prevention/preventionmaterial/",
        "material": f"/admin/snippets/prevention/preventionmaterial/edit/{material.pk}/",
        "images": "/admin/images/",
        "documents": "/admin/documents/",
        "translation status": "/admin/uebersetzungsstand/",
        "workflow report": "/admin/reports/workflow/",
        "site history": "/admin/reports/site-history/",
        "account": "/admin/account/",
    }
    return pages, content_texts()


def log_in(tab, username):
    tab.goto("/admin/login/")
    tab.locator("#id_username").fill(username)
    password = DEMO_ADMIN_PASSWORD if username == "admin" else DEMO_PASSWORD
    tab.locator("#id_password").fill(password)
    tab.get_by_role("button", name="Anmelden").click()
    expect(tab).to_have_url(re.compile(r"/admin/$"))


def test_the_login_page_is_german(page, admin_pages):
    page.goto("/admin/login/")
    assert english_on(page) == []


@pytest.mark.parametrize("username", ROLES)
def test_every_admin_page_of_a_role_is_german(page, admin_pages, username):
    pages, texts = admin_pages
    log_in(page, username)
    found = {}
    for name, url in pages.items():
        if name in ("approval", "translation review") and username not in APPROVERS:
            continue
        page.goto(url)
        if name == "translation editor":
            page.wait_for_selector(".js-translation-editor footer nav.actions")
        english = without_content(english_on(page), texts)
        if english:
            found[f"{name} ({url})"] = sorted(set(english))
    assert not found, f"English in the admin of {username}: {found}"
