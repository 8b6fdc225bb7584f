"""End to end in Chromium: an approver creates a draft link for an unpublished news item, an
anonymous browser opens it and sees the draft with its banner, and after revocation the same
link shows the "no longer available" page."""

import re

import pytest
from playwright.sync_api import expect

from demo.loaders.editorial import DEMO_PASSWORD
from news.factories import NewsPageFactory
from news.models import NewsIndexPage

pytestmark = pytest.mark.browser

TITLE = "Entwurf: Gemeinsamer Infoabend zu Enkeltrick-Anrufen"


def test_a_draft_link_opens_until_it_is_revoked(page, site_url, browser):
    index = NewsIndexPage.objects.get(locale__language_code="de")
    item = NewsPageFactory(parent=index, title=TITLE, slug="entwurf-infoabend", live=False)
    item.save_revision()

    page.goto("/admin/login/")
    page.locator("#id_username").fill("freigabe-beirat")
    page.locator("#id_password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    # The editor offers the action; it leads to the item's draft links.
    page.goto(f"/admin/pages/{item.pk}/edit/")
    share = page.locator(f"a[href='/admin/entwurfslinks/news/newspage/{item.pk}/']").first
    expect(share).to_have_count(1)
    page.goto(share.get_attribute("href"))
    page.get_by_label("Notiz").fill("Arbeitskreis Prävention")
    page.get_by_role("button", name="Entwurfslink erstellen").click()
    expect(page.locator(".messages")).to_contain_text("Entwurfslink erstellt")
    url = page.locator("input.share-link-url").first.input_value()
    assert url.startswith(f"{site_url}/entwurf/")

    visitor = browser.new_context(locale="de-DE").new_page()
    response = visitor.goto(url)
    assert response.status == 200
    assert response.headers["x-robots-tag"].startswith("noindex")
    expect(visitor.locator(".draft-banner")).to_contain_text("ENTWURF – nicht freigegeben")
    expect(visitor.locator("h1")).to_have_text(TITLE)
    assert visitor.context.cookies() == []

    page.get_by_role("button", name="Widerrufen").click()
    expect(page.locator(".messages")).to_contain_text("widerrufen")

    response = visitor.goto(url)
    assert response.status == 410
    expect(visitor.locator("h1")).to_have_text("Dieser Entwurfslink ist nicht mehr verfügbar")
    visitor.context.close()
