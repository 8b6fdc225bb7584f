"""The quality gates as plain functions, so the gate tests and the tests that prove each gate
can fail (test_gates_fail.py) use the same code: axe-core for accessibility, the Nu HTML
Checker for valid HTML, and the privacy and security-header rules of docs/architecture.md ("Quality
bars"). Everything runs from files installed by npm (node_modules/axe-core,
node_modules/vnu-jar); nothing is downloaded at run time."""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)
AXE_JS = BASE_DIR / "node_modules" / "axe-core" / "axe.min.js"
VNU_JAR = BASE_DIR / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# WCAG 2.0 and 2.1, levels A and AA: what BITV 2.0 / EN 301 549 require of a web page.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# Collects Content-Security-Policy violations from the first moment of every document. An init
# script runs over the DevTools protocol, so the strict CSP does not stop it.
CSP_LISTENER = r"""
window.__cspViolations = [];
window.__cspBlockedUrls = [];
document.addEventListener("securitypolicyviolation", (event) => {
  if (/^(https?:)?\/\//.test(event.blockedURI)) window.__cspBlockedUrls.push(event.blockedURI);
  window.__cspViolations.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`
    + (event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : "")
  );
});
"""

# Cookies a GET may set: csrftoken, and only on a page that renders a POST form.
FORM_COOKIES = {"csrftoken"}


# --- Accessibility (axe-core) ------------------------------------------------------------------


def axe_source():
    if not AXE_JS.is_file():
        raise FileNotFoundError(f"{AXE_JS} is missing: run `make install` (npm ci).")
    return AXE_JS.read_text()


def axe_violations(page, source=None):
    """Run axe-core with the WCAG 2.0/2.1 A and AA rules on the page as it is now and return
    its violations (all impacts) as short, readable lines."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(source or axe_source())
    results = page.evaluate(
        """(tags) => axe.run(document, {
            runOnly: {type: "tag", values: tags},
            resultTypes: ["violations"],
        })""",
        WCAG_TAGS,
    )
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} -> "
        + "; ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        for violation in results["violations"]
    ]


# --- Valid HTML (Nu HTML Checker) --------------------------------------------------------------


def java():
    found = shutil.which("java")
    if not found:
        raise FileNotFoundError(
            "java is missing: install Java 17 (`apt-get install default-jre-headless`), "
            "or skip the browser run with BROWSER_TESTS=0."
        )
    return found


def vnu_errors(documents):
    """Check every HTML document ({name: html}) with ONE run of the Nu HTML Checker and return
    {name: [error lines]} (errors only: its "info" warnings are advice, not invalid HTML)."""
    if not VNU_JAR.is_file():
        raise FileNotFoundError(f"{VNU_JAR} is missing: run `make install` (npm ci).")
    with tempfile.TemporaryDirectory(prefix="vnu-") as folder:
        files = {}
        for index, (name, html) in enumerate(documents.items()):
            path = Path(folder) / f"{index:03d}.html"
            path.write_text(html, encoding="utf-8")
            files[path.name] = name
        result = subprocess.run(  # noqa: S603 - our own arguments, no shell
            [java(), "-Xss1m", "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always"]
            + [str(Path(folder) / file_name) for file_name in sorted(files)],
            capture_output=True,
            text=True,
            check=True,
            timeout=300,
        )
    messages = json.loads(result.stderr)["messages"]
    errors = {name: [] for name in documents}
    for message in messages:
        if message.get("type") not in {"error", "non-document-error"}:
            continue
        name = files.get(message.get("url", "").rsplit("/", 1)[-1], "?")
        line = message.get("lastLine", "?")
        extract = " ".join(message.get("extract", "").split())[:80]
        errors.setdefault(name, []).append(f"line {line}: {message['message']} [{extract}]")
    return errors


# --- Privacy -----------------------------------------------------------------------------------


def cookie_problems(set_cookies, has_post_form):
    """What a GET may not set: any cookie but csrftoken, and csrftoken only where the page
    renders a POST form (§ 25 Abs. 2 TDDDG; never a session cookie for anonymous visitors)."""
    allowed = FORM_COOKIES if has_post_form else set()
    return sorted(f"sets the cookie {name!r}" for name in set(set_cookies) - allowed)


def cookie_names(header_values):
    """Cookie names from Set-Cookie header values (one per cookie)."""
    names = []
    for value in header_values:
        for line in value.split("\n"):
            name = line.split("=", 1)[0].strip()
            if name:
                names.append(name)
    return names


# --- Security headers --------------------------------------------------------------------------


def security_header_problems(headers):
    """The strict public policy and the other security headers (lower-case header names)."""
    problems = []
    csp = headers.get("content-security-policy", "")
    directives = {}
    for part in csp.split(";"):
        if part.strip():
            name, *sources = part.split()
            directives[name] = sources
    expected = {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
    for name, sources in expected.items():
        if directives.get(name) != sources:
            problems.append(f"CSP {name} is {directives.get(name)}, expected {sources}")
    for name, sources in directives.items():
        bad = [s for s in sources if s in {"'unsafe-inline'", "'unsafe-eval'", "*"}]
        bad += [s for s in sources if s.startswith(("http:", "https:"))]
        if bad:
            problems.append(f"CSP {name} allows {bad}")
    for header, value in {
        "x-content-type-options": "nosniff",
        "referrer-policy": "same-origin",
        "x-frame-options": "SAMEORIGIN",
        "cross-origin-opener-policy": "same-origin",
    }.items():
        if headers.get(header) != value:
            problems.append(f"{header} is {headers.get(header)!r}, expected {value!r}")
    if "permissions-policy" not in headers:
        problems.append("no Permissions-Policy header")
    return problems
