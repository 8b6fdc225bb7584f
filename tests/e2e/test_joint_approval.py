"""End to end in Chromium: an editor writes a news item and submits it, the police approver
and the council approver approve it from the editor, and an anonymous visitor reads it live
with the joint attribution. The e-mails went to the right people and History lists both
approvals."""

import re

from django.core import mail

import pytest
from playwright.sync_api import expect

from demo.loaders.editorial import DEMO_PASSWORD
from news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.browser

TITLE = "Sprechstunde im Begegnungszentrum am Kornmarkt"


def log_in(tab, username, password=DEMO_PASSWORD):
    tab.goto("/admin/login/")
    tab.locator("#id_username").fill(username)
    tab.locator("#id_password").fill(password)
    tab.get_by_role("button", name="Anmelden").click()
    expect(tab).to_have_url(re.compile(r"/admin/$"))


def log_out(tab):
    tab.context.clear_cookies()


def open_action_menu(tab):
    tab.locator(
        "footer .w-dropdown__toggle, footer [data-w-dropdown-target='toggle']"
    ).first.click()


def approve(tab, username, side_label):
    page = NewsPage.objects.get(title=TITLE)
    log_in(tab, username)
    tab.goto(f"/admin/pages/{page.pk}/edit/")
    open_action_menu(tab)
    tab.get_by_role("button", name=f"Freigeben für {side_label}", exact=True).click()
    # The form names the revision on the screen (and takes an optional comment).
    dialog = tab.get_by_role("dialog")
    expect(dialog).to_contain_text("Revision")
    dialog.get_by_role("button", name=f"Freigeben für {side_label}", exact=True).click()
    expect(tab.locator(".messages")).to_be_visible()
    expect(tab.locator(".messages")).not_to_contain_text("Fehler")
    log_out(tab)


def test_an_item_goes_live_only_after_both_sides_approved(page, site_url, browser):
    mail.outbox.clear()
    index = NewsIndexPage.objects.get(locale__language_code="de")

    # The police editor writes a news item and submits it for joint approval.
    log_in(page, "redaktion-polizei")
    page.goto(f"/admin/pages/add/news/newspage/{index.pk}/")
    page.locator("#id_title").fill(TITLE)
    page.locator("[data-streamfield-stream-container] button, .c-sf-add-button").first.click()
    page.get_by_role("option", name="Text", exact=True).click()
    editor = page.locator("[data-contentpath='body'] .public-DraftEditor-content").first
    editor.click()
    page.keyboard.type("Jeden ersten Dienstag im Monat beraten Polizei und Beirat gemeinsam.")
    # Draftail writes the field's hidden input a moment after typing.
    expect(page.locator("input[name='body-0-value']")).to_have_value(re.compile("Jeden ersten"))
    open_action_menu(page)
    page.locator("button[name='action-submit']").click()
    expect(page.locator(".messages")).to_contain_text(TITLE)
    log_out(page)

    item = NewsPage.objects.get(title=TITLE)
    assert not item.live
    assert item.workflow_in_progress
    to_approvers = sorted(address for message in mail.outbox for address in message.to)
    assert to_approvers == ["freigabe-beirat@example.org", "freigabe-polizei@example.org"]

    approve(page, "freigabe-polizei", "Polizei")
    item.refresh_from_db()
    assert not item.live, "one side's approval must not publish"

    approve(page, "freigabe-beirat", "Beirat für Migration und Integration")
    item.refresh_from_db()
    assert item.live

    # An anonymous visitor reads it with the joint attribution.
    visitor = browser.new_context(base_url=site_url, locale="de-DE").new_page()
    visitor.goto(item.url)
    expect(visitor.locator("h1")).to_have_text(TITLE)
    expect(visitor.locator(".site-attribution")).to_contain_text("Gemeinsame Mitteilung")
    expect(visitor.locator(".site-attribution")).to_contain_text("von beiden Seiten freigegeben am")
    visitor.context.close()

    # Who was told what.
    published = [m for m in mail.outbox if "veröffentlicht" in m.subject]
    assert sorted(a for m in published for a in m.to) == [
        "freigabe-polizei@example.org",
        "redaktion-polizei@example.org",
    ]
    side_notices = [m for m in mail.outbox if m.subject.startswith("Freigegeben für Polizei")]
    assert sorted(a for m in side_notices for a in m.to) == [
        "freigabe-beirat@example.org",
        "redaktion-polizei@example.org",
    ]

    # History names both approvals.
    log_in(page, "admin", "demo-admin-lokal")
    page.goto(f"/admin/pages/{item.pk}/history/")
    expect(page.locator("main")).to_contain_text("Freigegeben für Polizei")
    expect(page.locator("main")).to_contain_text(
        "Freigegeben für Beirat für Migration und Integration"
    )
