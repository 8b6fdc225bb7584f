"""End to end in Chromium: a translator translates a news item into Arabic and submits it for
approval; both sides approve from their dashboards beside the German source; a visitor switches
from the German item to the Arabic one, rendered right to left."""

import re

from django.urls import reverse

from wagtail_localize.models import StringSegment, Translation

import pytest
from playwright.sync_api import expect

from demo.loaders.editorial import DEMO_PASSWORD
from news.factories import NewsPageFactory
from news.models import NewsIndexPage, NewsPage
from tests.conftest import translate

pytestmark = pytest.mark.browser

TITLE = "Beratung zum Schutz vor Betrug am Telefon"
ARABIC = {
    "title": "استشارة للحماية من الاحتيال عبر الهاتف",
    "default": "نص عربي مترجم",
}


def log_in(tab, username):
    tab.context.clear_cookies()
    tab.goto("/admin/login/")
    tab.locator("#id_username").fill(username)
    tab.locator("#id_password").fill(DEMO_PASSWORD)
    tab.get_by_role("button", name="Anmelden").click()
    expect(tab).to_have_url(re.compile(r"/admin/$"))


def approve_from_dashboard(tab, username, side_label):
    log_in(tab, username)
    panel = tab.locator("section", has_text="Wartet auf unsere Freigabe").last
    panel.get_by_role("link", name=ARABIC["title"]).click()
    expect(tab.locator("table.review-translation")).to_contain_text(TITLE)
    expect(tab.locator("table.review-translation")).to_contain_text(ARABIC["title"])
    tab.get_by_role("button", name=f"Freigeben für {side_label}", exact=True).click()
    expect(tab.locator(".messages")).not_to_contain_text("Fehler")


def test_a_translation_goes_live_after_both_sides_and_reads_right_to_left(page, site_url, browser):
    german_index = NewsIndexPage.objects.get(locale__language_code="de")
    if not NewsIndexPage.objects.filter(locale__language_code="ar").exists():
        translate(german_index, "ar", title="الأخبار", slug="aktuelles")
    german = NewsPageFactory(parent=german_index, title=TITLE, slug="beratung-betrug", publish=True)

    # The translator starts the Arabic translation.
    log_in(page, "uebersetzung")
    page.goto(f"/admin/localize/submit/page/{german.pk}/")
    page.get_by_label("العربية", exact=False).check()
    page.locator("main input[type='submit']").click()
    arabic = NewsPage.objects.get(
        translation_key=german.translation_key, locale__language_code="ar"
    )
    expect(page).to_have_url(re.compile(rf"/admin/pages/{arabic.pk}/edit/"))
    # The URL changes before the editor's document has loaded: wait for its configuration.
    page.wait_for_selector("#wagtail-config", state="attached")

    # ... enters the texts through the translation editor's own endpoint, from its page, as
    # the editor's text fields do ...
    translation = Translation.objects.get(
        source__object_id=german.translation_key, target_locale=arabic.locale
    )
    texts = [
        {
            "url": reverse(
                "wagtail_localize:edit_string_translation", args=(translation.pk, segment.pk)
            ),
            "value": ARABIC["title"]
            if segment.context.path == "title"
            else f"{ARABIC['default']} {segment.pk}",
        }
        for segment in StringSegment.objects.filter(source=translation.source).select_related(
            "context"
        )
    ]
    page.evaluate(
        """async (texts) => {
            const config = JSON.parse(document.getElementById('wagtail-config').textContent);
            for (const text of texts) {
                const body = new FormData();
                body.append('value', text.value);
                const response = await fetch(text.url, {
                    method: 'PUT', body, headers: {'X-CSRFToken': config.CSRF_TOKEN},
                });
                if (!response.ok) throw new Error('saving a text failed: ' + response.status);
            }
        }""",
        texts,
    )
    # ... and submits it for approval with the main button of the editor's footer.
    page.reload()
    footer = page.get_by_role("navigation", name="Aktionen")
    footer.get_by_role("button", name="Zur Freigabe einreichen").click()
    expect(page.locator(".messages")).to_contain_text("zur gemeinsamen Freigabe eingereicht")
    arabic.refresh_from_db()
    assert not arabic.live and arabic.workflow_in_progress

    approve_from_dashboard(page, "freigabe-polizei", "Polizei")
    assert not NewsPage.objects.get(pk=arabic.pk).live
    approve_from_dashboard(page, "freigabe-beirat", "Beirat für Migration und Integration")
    arabic = NewsPage.objects.get(pk=arabic.pk)
    assert arabic.live
    assert arabic.title == ARABIC["title"]

    # A visitor on the German item switches to Arabic.
    visitor = browser.new_context(base_url=site_url, locale="de-DE").new_page()
    visitor.goto(german.url)
    visitor.locator(".site-languages__toggle").click()
    visitor.locator(".site-languages__list a[hreflang='ar']").click()
    expect(visitor).to_have_url(re.compile(r"/ar/"))
    expect(visitor.locator("h1")).to_have_text(ARABIC["title"])
    expect(visitor.locator("html")).to_have_attribute("dir", "rtl")
    expect(visitor.locator("html")).to_have_attribute("lang", "ar")
    visitor.context.close()
