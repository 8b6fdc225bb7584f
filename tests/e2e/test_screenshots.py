"""Screenshots of the pages a visitor meets first, in German, at desktop (1280 px) and phone
(390 px) width, saved to test-artifacts/screenshots/ for people to look at; what a visitor would
notice at once is checked too."""

from pathlib import Path

from django.conf import settings
from django.utils import timezone

import pytest
from playwright.sync_api import expect

from events.models import EventPage
from home.models import HomePage
from prevention.models import PreventionIndexPage

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(settings.BASE_DIR) / "test-artifacts" / "screenshots"
WIDTHS = [1280, 390]
PHONE_WIDTH = 390


def german(model):
    return model.objects.live().filter(locale__language_code="de").order_by("path")


def next_event():
    """The event a visitor most likely opens: the next one, as the home page lists them."""
    events = german(EventPage)
    return events.filter(start__gte=timezone.now()).order_by("start").first() or events.first()


# name -> (page under test, whether its h1 is the page title)
PAGES = {
    "home": (lambda: german(HomePage).first(), False),
    "event": (next_event, True),
    "materials": (lambda: german(PreventionIndexPage).first(), True),
}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", PAGES)
def test_page_screenshot(page, name, width):
    find, h1_is_title = PAGES[name]
    wagtail_page = find()
    assert wagtail_page is not None, f"the demo content has no live German {name} page"

    page.set_viewport_size({"width": width, "height": 900})
    response = page.goto(wagtail_page.url)
    # Load lazy images too, so the screenshot shows them and the broken-image check sees them.
    page.evaluate(
        "document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')"
    )
    for _ in range(100):  # wait_for_function polls with eval, which the CSP forbids
        if page.evaluate("[...document.images].every(i => i.complete)"):
            break
        page.wait_for_timeout(100)
    page.evaluate("document.fonts.ready.then(() => true)")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}-{width}.png", full_page=True)

    assert response.status == 200, wagtail_page.url
    assert page.locator("html").get_attribute("lang") == "de"
    h1 = page.locator("h1").first
    expect(h1).to_be_visible()
    expect(h1).not_to_be_empty()
    if h1_is_title:
        expect(h1).to_contain_text(wagtail_page.title)
    if width == PHONE_WIDTH:
        scroll_width, inner_width = page.evaluate(
            "[document.documentElement.scrollWidth, window.innerWidth]"
        )
        assert scroll_width <= inner_width, f"scrolls sideways: {scroll_width} > {inner_width} px"
    broken_images = page.evaluate(
        "[...document.images].filter(i => i.complete && !i.naturalWidth).map(i => i.src)"
    )
    assert broken_images == []
    assert page.foreign_requests == []
