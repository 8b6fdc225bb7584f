"""Each gate can fail (issue 10, "Must show"): a real page of the site, served with one known
defect added on its way to the browser, goes through the same code as the gates in
test_gates.py, and the gate reports the defect. Without these, a gate that silently checked
nothing would pass for ever."""

import pytest

from .crawl import visit
from .gates import cookie_problems, security_header_problems, vnu_errors

pytestmark = pytest.mark.browser

PAGE = "/de/kooperation/"


def inject(markup):
    """Add markup at the start of <main> of the served page."""

    def mutate(html, headers):
        assert '<main id="main"' in html
        start = html.index(">", html.index('<main id="main"')) + 1
        return html[:start] + markup + html[start:], headers

    return mutate


def with_headers(**changes):
    def mutate(html, headers):
        headers = {name: value for name, value in headers.items() if name not in changes}
        headers.update({name: value for name, value in changes.items() if value is not None})
        return html, headers

    return mutate


def test_the_page_used_here_is_clean(site_url, browser):
    record = visit(browser, site_url, PAGE)
    assert record.status == 200
    assert record.axe == []
    assert record.csp_violations == []
    assert record.foreign_requests == []
    assert cookie_problems(record.set_cookies, record.has_post_form) == []


def test_the_accessibility_gate_reports_missing_alt_text(site_url, browser):
    record = visit(browser, site_url, PAGE, mutate=inject('<img src="/static/x.png">'))
    assert any(line.startswith("image-alt ") for line in record.axe), record.axe


def test_the_accessibility_gate_reports_an_unnamed_link(site_url, browser):
    record = visit(browser, site_url, PAGE, mutate=inject('<a href="/de/"></a>'))
    assert any(line.startswith("link-name ") for line in record.axe), record.axe


def test_the_security_gate_reports_an_executable_inline_script(site_url, browser):
    script = "<script>document.documentElement.dataset.injected = 'ran'</script>"
    record = visit(browser, site_url, PAGE, mutate=inject(script))
    assert any(v.startswith("script-src-elem blocked inline") for v in record.csp_violations), (
        record.csp_violations
    )


def test_the_security_gate_reports_a_missing_policy(site_url, browser):
    record = visit(
        browser,
        site_url,
        PAGE,
        mutate=with_headers(**{"content-security-policy": None, "permissions-policy": None}),
    )
    problems = security_header_problems(record.headers)
    assert any(problem.startswith("CSP default-src") for problem in problems), problems
    assert "no Permissions-Policy header" in problems


def test_the_privacy_gate_reports_an_external_image(site_url, browser):
    record = visit(
        browser,
        site_url,
        PAGE,
        mutate=inject('<img src="https://tracker.example.com/pixel.gif" alt="">'),
    )
    assert record.foreign_requests == ["https://tracker.example.com/pixel.gif"]


def test_the_privacy_gate_reports_an_embed(site_url, browser):
    record = visit(
        browser,
        site_url,
        PAGE,
        mutate=inject('<iframe src="https://maps.example.com/embed" title="Karte"></iframe>'),
    )
    assert record.embeds
    # The CSP stops the frame; the browser reports a blocked frame by its origin only.
    assert any(url.startswith("https://maps.example.com") for url in record.foreign_requests)


def test_the_privacy_gate_reports_a_forbidden_cookie(site_url, browser):
    record = visit(
        browser,
        site_url,
        PAGE,
        mutate=with_headers(**{"set-cookie": "sessionid=abc123; Path=/; HttpOnly"}),
    )
    assert cookie_problems(record.set_cookies, record.has_post_form) == [
        "sets the cookie 'sessionid'"
    ]
    # csrftoken too is forbidden where the page has no POST form.
    assert cookie_problems(["csrftoken"], has_post_form=False) == ["sets the cookie 'csrftoken'"]


def test_the_reflow_gate_reports_a_wide_element(site_url, browser):
    record = visit(
        browser, site_url, PAGE, mutate=inject('<pre class="wide">' + "x" * 120 + "</pre>")
    )
    assert record.reflow_overflow, "a 120-character line did not stick out at 320 px"


def test_the_html_gate_reports_invalid_nesting(site_url, browser):
    record = visit(browser, site_url, PAGE, mutate=inject("<p><div>Block im Absatz</div></p>"))
    errors = vnu_errors({"defect": record.html, "clean": visit(browser, site_url, PAGE).html})
    assert errors["clean"] == []
    assert any("No “p” element in scope" in error for error in errors["defect"]), errors
