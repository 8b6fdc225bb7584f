"""The screenshots of the editor guide (docs/redaktionshandbuch.md), taken in the real admin with
the demo content: `make guide-screenshots` writes docs/img/*.png (1280 px wide, 256 colours).

Skipped unless GUIDE_SCREENSHOTS=1 (the make target sets it): the pictures change only when the
admin does, and the normal browser run stays as fast as before."""

import io
import os
import re
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model

import pytest
from PIL import Image
from playwright.sync_api import expect

from demo.loaders.editorial import DEMO_PASSWORD
from news.factories import NewsPageFactory
from news.models import NewsIndexPage, NewsPage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        os.environ.get("GUIDE_SCREENSHOTS") != "1",
        reason="the guide's screenshots are taken by `make guide-screenshots`",
    ),
]

GUIDE_IMAGES = Path(settings.BASE_DIR) / "docs" / "img"
TITLE = "Fahrradcodierung am Kornmarkt"


def save(tab, name, clip_to=None):
    """A screenshot of the tab (or of one element) as a small PNG in docs/img/."""
    png = (clip_to or tab).screenshot(animations="disabled")
    image = Image.open(io.BytesIO(png)).convert("RGB").quantize(colors=256)
    GUIDE_IMAGES.mkdir(parents=True, exist_ok=True)
    image.save(GUIDE_IMAGES / f"{name}.png", optimize=True)


def log_in(tab, username):
    tab.context.clear_cookies()
    tab.goto("/admin/login/")
    tab.locator("#id_username").fill(username)
    tab.locator("#id_password").fill(DEMO_PASSWORD)
    tab.get_by_role("button", name="Anmelden").click()
    expect(tab).to_have_url(re.compile(r"/admin/$"))


def test_the_guides_screenshots(page):
    page.set_viewport_size({"width": 1280, "height": 800})
    users = get_user_model().objects
    editor = users.get(username="redaktion-polizei")
    index = NewsIndexPage.objects.get(locale__language_code="de")
    item = NewsPage.objects.filter(title=TITLE).first() or NewsPageFactory(
        parent=index, title=TITLE, slug="fahrradcodierung-kornmarkt", live=False
    )
    item.save_revision(user=editor)

    # Editors: the footer's menu with "In Gemeinsame Freigabe einreichen".
    log_in(page, "redaktion-polizei")
    page.goto(f"/admin/pages/{item.pk}/edit/")
    page.get_by_role("button", name="Weitere Aktionen").click()
    expect(page.get_by_role("button", name="In Gemeinsame Freigabe einreichen")).to_be_visible()
    save(page, "einreichen")
    page.get_by_role("button", name="In Gemeinsame Freigabe einreichen").click()
    expect(page.locator(".messages")).to_contain_text(TITLE)

    # Approvers: the dashboard's panel and the approval page of one row.
    log_in(page, "freigabe-polizei")
    panel = page.locator("section", has_text="Wartet auf unsere Freigabe").last
    expect(panel).to_contain_text(TITLE)
    save(page, "dashboard-freigabe")
    panel.locator("tr", has_text=TITLE).get_by_role("link", name="Freigeben für Polizei").click()
    expect(page.get_by_role("button", name="Freigeben für Polizei")).to_be_visible()
    save(page, "freigabe-entscheiden")

    # Translators: starting a translation, the translation editor, submitting it.
    arabic = NewsPage.objects.filter(locale__language_code="ar").order_by("pk").first()
    german = NewsPage.objects.get(
        translation_key=arabic.translation_key, locale__language_code="de"
    )
    log_in(page, "uebersetzung")
    page.goto(f"/admin/localize/submit/page/{item.pk}/")
    save(page, "uebersetzung-anlegen")
    page.goto(f"/admin/pages/{arabic.pk}/edit/")
    page.wait_for_selector(".js-translation-editor footer [data-editorial-submit]")
    save(page, "uebersetzungseditor")
    page.locator("footer [data-editorial-submit]").click()
    expect(page.locator(".messages")).to_be_visible()

    # Approvers compare the translation with the German source, side by side.
    log_in(page, "freigabe-beirat")
    page.goto(f"/admin/uebersetzung-pruefen/news/newspage/{arabic.pk}/")
    expect(page.locator("table.review-translation")).to_contain_text(german.title)
    save(page, "uebersetzung-pruefen")
