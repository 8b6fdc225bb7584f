"""The first screen of a phone (issue 19): on every page type in German and Arabic, at 390 x 844
and 320 x 640, the page's heading starts in the upper half of the first screen, nothing scrolls
sideways, and the emergency numbers are tap targets of at least 44 x 44 px; every focus ring in
the header has at least 3:1 contrast against what lies behind it (WCAG 1.4.11)."""

from pathlib import Path

from django.conf import settings

import pytest

from .test_gates import PAGE_TYPES, _urls, extra_pages  # noqa: F401 - the fixture is shared

pytestmark = pytest.mark.browser

VIEWPORTS = {"390x844": (390, 844), "320x640": (320, 640)}
# The form with its error messages is the form page in another state, not another page type.
PHONE_PAGE_TYPES = [name for name in PAGE_TYPES if name != "form_with_errors"] + ["library"]
CASES = [(code, name) for code in ("de", "ar") for name in PHONE_PAGE_TYPES]

FIRST_SCREEN = """() => {
  const h1 = document.querySelector("h1");
  const root = document.documentElement;
  const tel = [...document.querySelectorAll('a[href^="tel:"]')]
    .filter((a) => a.getClientRects().length)
    .map((a) => {
      const box = a.getBoundingClientRect();
      return { href: a.getAttribute("href"), width: box.width, height: box.height };
    });
  return {
    h1Top: h1 ? h1.getBoundingClientRect().top + window.scrollY : null,
    scrollWidth: root.scrollWidth,
    width: root.clientWidth,
    tel,
  };
}"""


@pytest.fixture(scope="module")
def urls(extra_pages):  # noqa: F811 - the shared fixture
    return {code: dict(_urls(code), library=f"/{code}/materialien/") for code in ("de", "ar")}


def open_phone(browser, site_url, url, code, viewport):
    width, height = VIEWPORTS[viewport]
    context = browser.new_context(
        base_url=site_url,
        locale="de-DE" if code == "de" else code,
        viewport={"width": width, "height": height},
        is_mobile=True,
        has_touch=True,
        device_scale_factor=2,
    )
    tab = context.new_page()
    response = tab.goto(url)
    tab.evaluate("document.fonts.ready.then(() => true)")
    return context, tab, response


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize(("code", "name"), CASES, ids=[f"{c}-{n}" for c, n in CASES])
def test_the_heading_is_on_the_first_screen_of_a_phone(
    browser, site_url, urls, code, name, viewport
):
    context, tab, response = open_phone(browser, site_url, urls[code][name], code, viewport)
    try:
        found = tab.evaluate(FIRST_SCREEN)
    finally:
        context.close()
    assert response.status == (404 if name == "not_found" else 200)
    height = VIEWPORTS[viewport][1]
    assert found["h1Top"] is not None, "no h1"
    assert found["h1Top"] < height / 2, f"h1 starts at {found['h1Top']:.0f} px of {height}"
    assert found["scrollWidth"] <= found["width"], f"scrolls sideways: {found}"
    assert {link["href"] for link in found["tel"]} >= {"tel:110", "tel:112"}
    small = [link for link in found["tel"] if link["width"] < 44 or link["height"] < 44]
    assert small == [], "tap targets smaller than 44 x 44 px"


def test_the_menu_opens_without_javascript_by_keyboard(browser, site_url, urls):
    """The menu button is a <details> disclosure: it opens by Enter with JavaScript off, has
    an accessible name, and then shows the navigation and the search."""
    context = browser.new_context(
        base_url=site_url, java_script_enabled=False, viewport={"width": 390, "height": 844}
    )
    tab = context.new_page()
    try:
        tab.goto(urls["de"]["home"])
        toggle = tab.locator(".site-menu summary")
        assert toggle.inner_text().strip() == "Menü" or toggle.inner_text().strip() == "Menu"
        assert not tab.locator("nav.site-nav").is_visible()
        assert not tab.locator("#site-search-q").is_visible()
        toggle.focus()
        tab.keyboard.press("Enter")
        assert tab.locator("nav.site-nav").is_visible()
        assert tab.locator("#site-search-q").is_visible()
        alert = tab.locator(".site-alert summary")
        if alert.count():
            body = tab.locator(".site-alert .kern-alert__body").first
            assert tab.locator(".site-alert h2").first.is_visible()
            assert not body.is_visible()
            alert.first.focus()
            tab.keyboard.press("Enter")
            assert body.is_visible()
    finally:
        context.close()


# The contrast of the focus ring of the focused element against the first opaque background
# behind it (its own for a ring drawn inside, else its parents').
FOCUS_CONTRAST = """() => {
  const element = document.activeElement;
  const style = getComputedStyle(element);
  // Any CSS colour (rgb, oklch, color(srgb ...)) as sRGB bytes, drawn on a 1 px canvas.
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = 1;
  const paint = canvas.getContext("2d", { willReadFrequently: true });
  const parse = (value) => {
    paint.clearRect(0, 0, 1, 1);
    paint.fillStyle = "rgba(0, 0, 0, 0)";
    paint.fillStyle = value;
    paint.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = paint.getImageData(0, 0, 1, 1).data;
    return { r, g, b, a: a / 255, value };
  };
  const luminance = ({ r, g, b }) => {
    const channel = (v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  let behind = null;
  let node = parseFloat(style.outlineOffset) < 0 ? element : element.parentElement;
  for (; node; node = node.parentElement) {
    const color = parse(getComputedStyle(node).backgroundColor);
    if (color && color.a > 0) { behind = color; break; }
  }
  behind = behind || { r: 255, g: 255, b: 255 };
  const ring = parse(style.outlineColor);
  const width = style.outlineStyle === "none" ? 0 : parseFloat(style.outlineWidth);
  const [light, dark] = [luminance(ring), luminance(behind)].sort((x, y) => y - x);
  return {
    element: element.tagName.toLowerCase() + " " + (element.textContent || "").trim().slice(0, 40),
    width,
    contrast: (light + 0.05) / (dark + 0.05),
    ring: ring.value,
    behind: behind.value || "white",
  };
}"""


@pytest.mark.parametrize("code", ["de", "ar"])
@pytest.mark.parametrize("width", [1280, 390])
def test_every_focus_ring_in_the_header_has_3_to_1_contrast(browser, site_url, urls, code, width):
    context = browser.new_context(base_url=site_url, viewport={"width": width, "height": 900})
    tab = context.new_page()
    checked = []
    try:
        tab.goto(urls[code]["news_index"])
        if width < 1000:  # open the menu, so its links are in the tab order too
            tab.locator(".site-menu summary").click()
        tab.locator(".skip-link").focus()
        for _ in range(40):
            tab.keyboard.press("Tab")
            if not tab.evaluate("document.activeElement.closest('header') !== null"):
                break
            checked.append(tab.evaluate(FOCUS_CONTRAST))
    finally:
        context.close()
    assert len(checked) >= 5, checked
    weak = [ring for ring in checked if ring["width"] < 2 or ring["contrast"] < 3]
    assert weak == []


SCREENSHOTS = Path(settings.BASE_DIR) / "test-artifacts" / "screenshots"
SCREENSHOT_PAGES = ["home", "news_item", "event", "library"]


@pytest.mark.parametrize("name", SCREENSHOT_PAGES)
@pytest.mark.parametrize("code", ["de", "ar"])
def test_phone_screenshots_of_the_pages_a_visitor_meets_first(browser, site_url, urls, code, name):
    """Saved as test-artifacts/screenshots/phone-<code>-<name>-390.png (the first screen and
    the whole page) for people to look at."""
    context, tab, response = open_phone(browser, site_url, urls[code][name], code, "390x844")
    try:
        tab.evaluate(
            "document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')"
        )
        for _ in range(100):  # wait_for_function polls with eval, which the CSP forbids
            if tab.evaluate("[...document.images].every(i => i.complete)"):
                break
            tab.wait_for_timeout(100)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        tab.screenshot(path=SCREENSHOTS / f"phone-{code}-{name}-390-first-screen.png")
        tab.screenshot(path=SCREENSHOTS / f"phone-{code}-{name}-390.png", full_page=True)
        broken = tab.evaluate(
            "[...document.images].filter(i => i.complete && !i.naturalWidth).map(i => i.src)"
        )
    finally:
        context.close()
    assert response.status == 200
    assert broken == []
