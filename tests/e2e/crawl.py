"""One visit of one page in a fresh browser context, recording everything the gates judge:
the served HTML, headers and status, the cookies any response set, requests to other origins,
Content-Security-Policy violations, axe-core's violations and the width at 320 px. Shared by
the gate tests (test_gates.py) and the tests that prove each gate can fail
(test_gates_fail.py), which feed it a page with a known defect through `mutate`."""

import re
from dataclasses import dataclass, field

from .gates import CSP_LISTENER, axe_violations, cookie_names

REFLOW_WIDTH = 320


@dataclass
class Visit:
    url: str
    status: int = 0
    html: str = ""
    headers: dict = field(default_factory=dict)
    set_cookies: list = field(default_factory=list)
    has_post_form: bool = False
    foreign_requests: list = field(default_factory=list)
    csp_violations: list = field(default_factory=list)
    embeds: list = field(default_factory=list)
    axe: list = field(default_factory=list)
    reflow_overflow: list = field(default_factory=list)


def visit(browser, site_url, url, *, language="de", submit_form=False, mutate=None, axe=None):
    """Load `url` as an anonymous visitor (a new context: no cookies) and record it.

    submit_form: send the page's form empty, so the page with its error messages is recorded.
    mutate: a function (html, headers) -> (html, headers) applied to the page's response before
    the browser sees it, to feed the gates a known defect."""
    record = Visit(url=url)
    context = browser.new_context(
        base_url=site_url,
        locale=f"{language}-DE" if language == "de" else language,
        timezone_id="Europe/Berlin",
        viewport={"width": 1280, "height": 900},
    )
    context.add_init_script(CSP_LISTENER)

    def block(route):
        record.foreign_requests.append(route.request.url)
        route.abort()

    context.route(re.compile(rf"^(?!{re.escape(site_url)}/)(?!data:|blob:)"), block)
    if mutate:

        def fulfil(route):
            response = route.fetch()
            html, headers = mutate(response.text(), dict(response.headers))
            route.fulfill(status=response.status, headers=headers, body=html)

        context.route(f"{site_url}{url}", fulfil)

    def on_response(response):
        if response.url.startswith(site_url):
            values = [h["value"] for h in response.headers_array() if h["name"] == "set-cookie"]
            record.set_cookies.extend(cookie_names(values))

    context.on("response", on_response)
    try:
        tab = context.new_page()
        response = tab.goto(url)
        if submit_form:
            with tab.expect_navigation() as navigation:
                tab.locator("main form[method=post] [type=submit]").first.click()
            response = navigation.value
        tab.wait_for_load_state("load")
        record.status = response.status
        record.html = response.text()
        record.headers = dict(response.headers)
        record.has_post_form = tab.locator("form[method=post i]").count() > 0
        record.embeds = tab.evaluate(
            "[...document.querySelectorAll('iframe, embed, object, frame')]"
            ".map(e => e.outerHTML.slice(0, 120))"
        )
        record.axe = axe_violations(tab, axe)
        record.csp_violations = tab.evaluate("window.__cspViolations || []")
        # A request to another origin that the CSP stopped was still attempted by the page.
        record.foreign_requests += [
            url
            for url in tab.evaluate("window.__cspBlockedUrls || []")
            if not url.startswith(f"{site_url}/")
        ]
        record.set_cookies += [cookie["name"] for cookie in context.cookies()]
        tab.set_viewport_size({"width": REFLOW_WIDTH, "height": 800})
        record.reflow_overflow = tab.evaluate(REFLOW_OVERFLOW)
    finally:
        context.close()
    return record


# What sticks out beyond a 320 px viewport (WCAG 1.4.10 Reflow): the page's own width, and
# the visible elements whose right (or, right to left, left) edge lies outside it.
REFLOW_OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const found = [];
  if (document.documentElement.scrollWidth > width) {
    found.push(`page is ${document.documentElement.scrollWidth} px wide, viewport ${width} px`);
  }
  for (const element of document.body.querySelectorAll("*")) {
    const box = element.getBoundingClientRect();
    if (!box.width || getComputedStyle(element).visibility === "hidden") continue;
    if (element.closest(".kern-sr-only, .site-honeypot")) continue;
    if (box.right > width + 1 || box.left < -1) {
      const name = element.tagName.toLowerCase()
        + (element.className ? "." + element.className : "");
      found.push(`${name}: ${Math.round(box.left)}..${Math.round(box.right)} px`);
    }
  }
  return found.slice(0, 10);
}"""
