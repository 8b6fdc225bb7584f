"""Keyboard-only journeys (WCAG 2.1.1 Keyboard, 2.4.1 Bypass Blocks, 2.4.3 Focus Order, 2.4.7
Focus Visible; issue 10): a visitor with Tab and Enter alone uses the skip link, the main
navigation, the language switcher, the search, a news item and a form with its error messages.
Every element the Tab key reaches on the way must show a visible focus indicator."""

import re

import pytest
from playwright.sync_api import expect

from home.models import FormPage
from news.models import NewsIndexPage

from .gates import axe_violations

pytestmark = pytest.mark.browser

MAX_TABS = 80

# The focused element, described, and whether it shows a focus indicator: an outline or a
# box shadow on the element itself or on its ::after (KERN's stretched card links draw it there).
FOCUS = """() => {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const visible = (style) =>
    (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2)
    || (style.boxShadow && style.boxShadow !== "none");
  const box = element.getBoundingClientRect();
  return {
    tag: element.tagName.toLowerCase(),
    id: element.id,
    classes: element.className && String(element.className),
    text: (element.innerText || element.value || element.getAttribute("aria-label") || "")
      .trim().slice(0, 60),
    href: element.getAttribute("href"),
    indicator: visible(getComputedStyle(element)) || visible(getComputedStyle(element, "::after")),
    onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
      && box.top < window.innerHeight && box.left < window.innerWidth,
  };
}"""


def focused(page):
    return page.evaluate(FOCUS)


def assert_focus_visible(page):
    element = focused(page)
    assert element is not None, "nothing has the focus"
    assert element["indicator"], f"no visible focus indicator on {element}"
    if not element["onScreen"]:  # KERN scrolls smoothly: give the scrolling time to end
        page.wait_for_timeout(600)
        element = focused(page)
    assert element["onScreen"], f"the focused element is off screen: {element}"
    return element


def tab_to(page, selector, backwards=False):
    """Press Tab until the focused element matches `selector`; every element on the way must
    show its focus. Returns the element's description."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        element = assert_focus_visible(page)
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return element
    pytest.fail(f"{selector} not reached with {MAX_TABS} presses of Tab")


def test_the_skip_link_is_first_and_jumps_to_the_content(page):
    page.goto("/de/")
    page.keyboard.press("Tab")
    element = assert_focus_visible(page)
    assert "skip-link" in element["classes"]
    assert element["text"] == "Zum Inhalt springen"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/de/#main$"))
    assert page.evaluate("document.activeElement.id") == "main"
    # The next Tab starts inside the content, not at the top of the page again.
    page.keyboard.press("Tab")
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)")
    assert_focus_visible(page)


def test_the_main_navigation_leads_to_the_news(page):
    news = NewsIndexPage.objects.get(locale__language_code="de")
    page.goto("/de/")
    tab_to(page, f"nav.site-nav a[href='{news.url}']")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(news.url) + "$"))
    expect(page.locator("h1")).to_have_text(news.title)


@pytest.mark.parametrize(("start", "target"), [("de", "ar"), ("ar", "de")])
def test_the_language_switcher_works_by_keyboard(page, start, target):
    page.goto(f"/{start}/")
    tab_to(page, ".site-languages summary")
    page.keyboard.press("Enter")
    expect(page.locator(".site-languages details")).to_have_attribute("open", "")
    assert axe_violations(page) == []  # the open list too
    tab_to(page, f".site-languages a[hreflang='{target}']")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/{target}/$"))
    expect(page.locator("html")).to_have_attribute("lang", target)


def test_search_and_open_a_result_by_keyboard(page):
    page.goto("/de/")
    tab_to(page, "#site-search-q")
    page.keyboard.type("Polizei")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/de/suche/\?q=Polizei$"))
    first = page.locator("main h2 a").first
    title = first.inner_text()
    tab_to(page, "main h2 a")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(title)


def test_open_a_news_item_by_keyboard(page):
    news = NewsIndexPage.objects.get(locale__language_code="de")
    page.goto(news.url)
    link = page.locator("main article a").first
    title = link.inner_text()
    tab_to(page, "main article a")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(title)


def test_a_form_its_error_messages_and_sending_it_by_keyboard(page):
    form = FormPage.objects.live().get(locale__language_code="de", slug="kontakt")
    page.goto(form.url)
    tab_to(page, "main form.site-form [type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_load_state()

    # The error summary gets the focus, and each of its links leads to its field.
    summary = page.locator("#form-errors")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    expect(page).to_have_title(re.compile(r"^Fehler: "))
    first_error = summary.locator("a").first
    target = first_error.get_attribute("href").removeprefix("#")
    tab_to(page, "#form-errors a")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == target
    assert_focus_visible(page)
    described = page.locator(f"#{target}").get_attribute("aria-describedby") or ""
    assert f"{target}_error" in described.split(), "the field does not point to its error"

    # Fill every field by keyboard, never reaching the honeypot, and send.
    page.goto(form.url)
    values = {"email": "besucherin@example.org"}
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        element = assert_focus_visible(page)
        assert element["id"] != "id_your_website", "Tab reaches the hidden honeypot"
        if element["tag"] in ("input", "textarea") and element["id"].startswith("id_"):
            kind = page.evaluate("document.activeElement.type")
            page.keyboard.type(values.get(kind, "Eine Nachricht von der Tastatur."))
        if element["tag"] == "button" and page.evaluate(
            "document.activeElement.closest('form.site-form') !== null"
        ):
            break
    else:
        pytest.fail("Tab never reached the form's send button")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    expect(page.locator("#form-errors")).to_have_count(0)
    expect(page.locator("h1")).to_be_visible()
