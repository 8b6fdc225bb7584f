"""End to end in Chromium (issue 14, item 3): the police approver opens the dashboard, an
editor saves a change to the item meanwhile, and the approver's click on "Freigeben" is refused
with a message and a link to the comparison; nothing is recorded. The approver then sees the
new revision and approves that one."""

import re

from django.contrib.auth import get_user_model

import pytest
from playwright.sync_api import expect

from demo.loaders.editorial import DEMO_PASSWORD
from editorial.models import SideApproval
from news.factories import NewsPageFactory
from news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.browser

TITLE = "Fahrradcodierung am Salinenplatz"


def log_in(tab, username):
    tab.goto("/admin/login/")
    tab.locator("#id_username").fill(username)
    tab.locator("#id_password").fill(DEMO_PASSWORD)
    tab.get_by_role("button", name="Anmelden").click()
    expect(tab).to_have_url(re.compile(r"/admin/$"))


def test_a_click_on_a_stale_dashboard_row_is_refused(page, site_url):
    users = get_user_model().objects
    index = NewsIndexPage.objects.get(locale__language_code="de")
    item = NewsPageFactory(parent=index, title=TITLE, slug="fahrradcodierung", live=False)
    item.save_revision(user=users.get(username="redaktion-polizei"))
    item.get_workflow().start(item, users.get(username="redaktion-polizei"))

    log_in(page, "freigabe-polizei")
    panel = page.locator("section", has_text="Wartet auf unsere Freigabe").last
    row = panel.locator("tr", has_text=TITLE)
    expect(row).to_be_visible()
    page.screenshot(path="test-artifacts/screenshots/stale-approval-1-dashboard.png")

    # Meanwhile the council's editor changes the item.
    item = NewsPage.objects.get(pk=item.pk)
    item.teaser = "Neuer Termin: Samstag statt Freitag."
    item.save_revision(user=users.get(username="redaktion-beirat"))

    row.get_by_role("link", name="Freigeben für Polizei").click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Es wurde nichts")
    compare = alert.get_by_role("link", name="Revisionen vergleichen")
    expect(compare).to_be_visible()
    page.screenshot(path="test-artifacts/screenshots/stale-approval-2-refused.png")
    page.get_by_role("button", name="Freigeben für Polizei").click()
    expect(page.locator(".messages")).to_contain_text(TITLE)
    approval = SideApproval.objects.get(task_state__workflow_state__object_id=str(item.pk))
    assert approval.revision_id == NewsPage.objects.get(pk=item.pk).get_latest_revision().pk
    page.screenshot(path="test-artifacts/screenshots/stale-approval-3-approved.png")
