"""Phone screenshots (390 px) of the Arabic, Persian and Ukrainian home, a prevention topic and
the material library (issue 15), saved to test-artifacts/screenshots/ for people to look at;
checked: language and direction, no sideways scrolling, no broken image, no foreign request."""

from pathlib import Path

from django.conf import settings
from django.urls import reverse
from django.utils import translation

import pytest

from prevention.models import PreventionTopicPage

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(settings.BASE_DIR) / "test-artifacts" / "screenshots"
LANGUAGES = {"ar": "rtl", "fa": "rtl", "uk": "ltr"}


def topic_url(code):
    """The language's own topic page, else the German one (its library links it)."""
    topics = PreventionTopicPage.objects.live().order_by("path")
    topic = topics.filter(locale__language_code=code).first() or topics.first()
    return topic.url


def library_url(code):
    with translation.override(code):
        return reverse("material_library")


@pytest.mark.parametrize("view", ["home", "topic", "library"])
@pytest.mark.parametrize("code", LANGUAGES)
def test_phone_screenshot(page, code, view):
    url = {
        "home": lambda: f"/{code}/",
        "topic": lambda: topic_url(code),
        "library": lambda: library_url(code),
    }[view]()
    page.set_viewport_size({"width": 390, "height": 844})
    response = page.goto(url)
    page.evaluate(
        "document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')"
    )
    for _ in range(100):  # wait_for_function polls with eval, which the CSP forbids
        if page.evaluate("[...document.images].every(i => i.complete)"):
            break
        page.wait_for_timeout(100)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{code}-{view}-390.png", full_page=True)

    assert response.status == 200, url
    html = page.locator("html")
    if view != "topic" or f"/{code}/" in page.url:
        assert html.get_attribute("lang") == code
        assert html.get_attribute("dir") == LANGUAGES[code]
    scroll_width, inner_width = page.evaluate(
        "[document.documentElement.scrollWidth, window.innerWidth]"
    )
    assert scroll_width <= inner_width, f"{url} scrolls sideways: {scroll_width} > {inner_width}"
    broken = page.evaluate(
        "[...document.images].filter(i => i.complete && !i.naturalWidth).map(i => i.src)"
    )
    assert broken == []
    assert page.foreign_requests == []
