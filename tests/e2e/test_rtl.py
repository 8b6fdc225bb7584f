"""Right to left in a real browser: an Arabic or Persian page computes direction rtl, its
frame mirrors, arrows turn round, and Arabic script is drawn with our own Noto Sans Arabic
(static/css/fonts.css), fetched from this site and nowhere else."""

import pytest

from home.models import HomePage

pytestmark = pytest.mark.browser

FLIPPED = "matrix(-1, 0, 0, 1, 0, 0)"
# A chevron added to the page as the pagination renders it; page.evaluate runs over the
# DevTools protocol, so the strict CSP (no inline script) does not stop it.
CHEVRON_TRANSFORM = """() => {
  const icon = document.createElement("span");
  icon.className = "kern-icon kern-icon--chevron-right";
  document.querySelector("main").append(icon);
  return getComputedStyle(icon).transform;
}"""
ARABIC_FONT_LOADED = """async () => {
  await document.fonts.ready;
  return [...document.fonts].some(
    (face) => face.family.replaceAll('"', "") === "Noto Sans Arabic" && face.status === "loaded"
  );
}"""


def live_home(code):
    home = HomePage.objects.live().filter(locale__language_code=code, alias_of__isnull=True)
    home = home.first()
    assert home is not None, f"the demo content has no live {code} home page"
    return home


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_a_right_to_left_page_mirrors_and_draws_arabic_script_with_our_font(page, code):
    page.goto(live_home(code).url)

    assert page.evaluate("getComputedStyle(document.documentElement).direction") == "rtl"
    width = page.viewport_size["width"]
    brand = page.locator(".site-brand").bounding_box()
    assert brand["x"] + brand["width"] > width - 120, "the brand should start on the right"
    assert page.evaluate(CHEVRON_TRANSFORM) == FLIPPED
    assert page.evaluate(ARABIC_FONT_LOADED)
    assert page.foreign_requests == []


def test_a_german_page_keeps_its_arrows_and_starts_on_the_left(page):
    page.goto(live_home("de").url)

    assert page.evaluate("getComputedStyle(document.documentElement).direction") == "ltr"
    assert page.locator(".site-brand").bounding_box()["x"] < 120
    assert page.evaluate(CHEVRON_TRANSFORM) == "none"
