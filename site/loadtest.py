#!/usr/bin/env python3
"""The load and fault drills (README "Load and fault drills", docs/betrieb.md).

    .venv/bin/python site/loadtest.py load    [--seconds 60] [--connections 50]   (make loadtest)
    .venv/bin/python site/loadtest.py fault   [--seconds 60] [--outage 10]        (make faultdrill)

Both start a PostgreSQL cluster of their own (initdb in a temporary folder, port
LOADTEST_PG_PORT, never the machine's main server) and the production stack on it
(site/stack.sh: nginx -> Varnish -> two gunicorns, production settings), then for `--seconds`:

- `--connections` clients request public pages (the German pages of the sitemap, feeds, a
  calendar, searches) through nginx over HTTPS, each on its own keep-alive connection;
- two editors (redaktion-polizei, redaktion-beirat) each create a news item through the admin
  and then, cycle after cycle, save drafts and submit them; the approvers of both sides
  (freigabe-polizei, freigabe-beirat) approve each submission through the admin's approval
  page, and every second cycle the editor saves once more between the two approvals (which
  voids the first one, so it has to be given again); a last draft stays unapproved.
  Every editorial user logs in with password and a TOTP code: the drill gives each a TOTP
  device of its own first (the production settings require the second factor);
- `fault` stops the database server (pg_ctl stop -m immediate, like a crash) after a third of
  the time for `--outage` seconds, while a probe asks for an uncached page twice a second.

Then it prints the figures and checks: `load` no 5xx and no connection error, every revision
the editors saved is in the database and nothing else, exactly the revisions both sides
approved were published; `fault` additionally the 503 page (with Retry-After) during the
outage, recovery without a restart, and consistent page rows (treebeard's find_problems,
latest and live revisions present). The exit status is 0 only when every check holds.

Environment: LOADTEST_SECONDS and LOADTEST_CONNECTIONS (defaults of the options), the stack's
STACK_* ports (defaults here: 8311-8316), LOADTEST_PG_PORT (8319), LOADTEST_DIR (the run
folder, default test-artifacts/loadtest)."""

import argparse
import contextlib
import http.client
import json
import os
import re
import shutil
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

REPO = Path(__file__).resolve().parent.parent
RUN_DIR = Path(os.environ.get("LOADTEST_DIR", REPO / "test-artifacts" / "loadtest"))
PG_PORT = int(os.environ.get("LOADTEST_PG_PORT", "8319"))
PORTS = {
    "STACK_APP_PORTS": "8311 8312",
    "STACK_HTTPS_PORT": "8313",
    "STACK_HTTP_PORT": "8314",
    "STACK_VARNISH_PORT": "8315",
    "STACK_VARNISH_ADMIN_PORT": "8316",
}
EDITORS = {"police": "redaktion-polizei", "council": "redaktion-beirat"}
APPROVERS = {"police": "freigabe-polizei", "council": "freigabe-beirat"}
PASSWORD = "demo-redaktion-lokal"  # noqa: S105 - the demo accounts of load_demo_content (README)
RUN_ID = time.strftime("%Y%m%d-%H%M%S")
PG_BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)), None)


def say(message):
    print(f"loadtest: {message}", flush=True)


# --- a PostgreSQL cluster of the drill's own ------------------------------------------------


class Cluster:
    """initdb in a temporary folder, run as the postgres user when we are root (PostgreSQL
    refuses to run as root); only this cluster is ever started or stopped."""

    def __init__(self, port, keep=False):
        self.port = port
        # LOADTEST_KEEP: a fixed folder, so that the next run finds the cluster running.
        self.dir = (
            Path(tempfile.gettempdir()) / f"loadtest-pg-{port}"
            if keep
            else Path(tempfile.mkdtemp(prefix="loadtest-pg-"))
        )
        self.data = self.dir / "data"
        self.log = self.dir / "postgres.log"
        self.url = f"postgres://postgres@127.0.0.1:{port}/drill"

    def run(self, *command):
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        return subprocess.run(  # noqa: S603 - our own fixed commands
            [*prefix, *command], check=True, capture_output=True, text=True, cwd=self.dir
        )

    def running(self):
        return (self.data / "postmaster.pid").exists()

    def init(self):
        self.dir.mkdir(exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
        self.run(
            str(PG_BIN / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
            "-E", "UTF8", "--locale=C.UTF-8",
        )  # fmt: skip
        self.start()
        self.run(str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "drill")

    def start(self):
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1"
        self.run(
            str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-o", options,
            "-w", "start",
        )  # fmt: skip

    def stop(self, mode="fast"):
        self.run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")

    def remove(self):
        with contextlib.suppress(subprocess.CalledProcessError):  # not running
            self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


# --- the production stack -----------------------------------------------------------------


def stack_environment(database_url):
    env = {key: os.environ.get(key, value) for key, value in PORTS.items()}
    return {
        **os.environ,
        **env,
        "STACK_DIR": str(RUN_DIR / "stack"),
        "STACK_REDIS_DB": os.environ.get("LOADTEST_REDIS_DB", "12"),
        "DATABASE_URL": database_url,
        # Each gunicorn process keeps its connection (as production should); the health check
        # (CONN_HEALTH_CHECKS) replaces it after the database comes back.
        "DATABASE_CONN_MAX_AGE": os.environ.get("DATABASE_CONN_MAX_AGE", "60"),
    }


def stack(command, env):
    say(f"site/stack.sh {command}")
    script = str(REPO / "site" / "stack.sh")
    result = subprocess.run([script, command], env=env, cwd=REPO)  # noqa: S603
    if result.returncode != 0:
        raise SystemExit(f"site/stack.sh {command} failed ({result.returncode})")


def setup_django(env):
    """The ORM on the stack's database, to give the users their TOTP devices, find the news
    index, and check the result afterwards (the drill's actions all go through HTTP)."""
    for key in ("DATABASE_URL", "CACHE_URL", "DATABASE_CONN_MAX_AGE"):
        if key in env:
            os.environ[key] = env[key]
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
    sys.path.insert(0, str(REPO))
    import django

    django.setup()


def totp_devices():
    """A confirmed TOTP device for each editorial user of the drill; returns their keys."""
    from django.contrib.auth import get_user_model

    from django_otp.plugins.otp_totp.models import TOTPDevice

    keys = {}
    for username in [*EDITORS.values(), *APPROVERS.values()]:
        user = get_user_model().objects.get(username=username)
        TOTPDevice.objects.filter(user=user).delete()
        device = TOTPDevice.objects.create(user=user, name="Lasttest", confirmed=True)
        keys[username] = device
    return keys


def totp_code(device):
    from django_otp.oath import TOTP

    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


# --- HTTP ----------------------------------------------------------------------------------

INSECURE = ssl.create_default_context()
INSECURE.check_hostname = False
INSECURE.verify_mode = ssl.CERT_NONE  # the stack's self-signed certificate on loopback


class Browser:
    """One user's keep-alive HTTPS connection with cookies and the CSRF token, as the
    browser would send them."""

    def __init__(self, base):
        parts = urlsplit(base)
        self.host, self.port = parts.hostname, parts.port or 443
        self.host_header = parts.netloc
        self.origin = base.rstrip("/")
        self.cookies = {}
        self.conn = None
        self.lock = threading.Lock()

    def request(self, method, path, fields=None, timeout=30):
        body = urlencode(fields, doseq=True) if fields is not None else None
        headers = {"Host": self.host_header, "User-Agent": "loadtest"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = self.origin + path
            headers["Origin"] = self.origin
        for attempt in range(2):
            if self.conn is None:
                self.conn = http.client.HTTPSConnection(
                    self.host, self.port, timeout=timeout, context=INSECURE
                )
            try:
                self.conn.request(method, path, body=body, headers=headers)
                response = self.conn.getresponse()
                content = response.read()
                break
            except (OSError, http.client.HTTPException):
                self.conn.close()
                self.conn = None
                if attempt or body is not None:
                    raise
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
        return response.status, dict(response.getheaders()), content.decode("utf-8", "replace")

    def csrf(self):
        return self.cookies.get("csrftoken", "")


def hidden(html, name):
    match = re.search(rf'name="{re.escape(name)}"[^>]*value="([^"]*)"', html) or re.search(
        rf'value="([^"]*)"[^>]*name="{re.escape(name)}"', html
    )
    return match.group(1) if match else ""


class DrillError(Exception):
    pass


def login(browser, username, device):
    status, _, html = browser.request("GET", "/admin/login/")
    if status != 200:
        raise DrillError(f"{username}: login page answered {status}")
    fields = {
        "csrfmiddlewaretoken": hidden(html, "csrfmiddlewaretoken") or browser.csrf(),
        "username": username,
        "password": PASSWORD,
        "next": "/admin/",
    }
    status, headers, _ = browser.request("POST", "/admin/login/", fields)
    if status != 302:
        raise DrillError(f"{username}: login answered {status}")
    status, _, html = browser.request("GET", "/admin/2fa/?next=/admin/")
    if status != 200:
        raise DrillError(f"{username}: the code page answered {status}")
    fields = {"csrfmiddlewaretoken": browser.csrf(), "token": totp_code(device), "next": "/admin/"}
    status, _, _ = browser.request("POST", "/admin/2fa/?next=/admin/", fields)
    if status != 302:
        raise DrillError(f"{username}: the TOTP code answered {status}")


# --- the public load -----------------------------------------------------------------------


class Load:
    """`connections` threads, each with its own connection, requesting the URLs in turn."""

    def __init__(self, base, urls, connections):
        self.base, self.urls, self.connections = base, urls, connections
        self.results = []  # (time, status or None, seconds, url)
        self.lock = threading.Lock()
        self.stop = threading.Event()

    def worker(self, offset):
        parts = urlsplit(self.base)
        conn = None
        index = offset
        local = []
        while not self.stop.is_set():
            url = self.urls[index % len(self.urls)]
            index += 1
            started = time.time()
            try:
                if conn is None:
                    conn = http.client.HTTPSConnection(
                        parts.hostname, parts.port, timeout=30, context=INSECURE
                    )
                conn.request("GET", url, headers={"User-Agent": "loadtest"})
                response = conn.getresponse()
                response.read()
                status = response.status
                if response.getheader("Connection", "").lower() == "close":
                    conn.close()
                    conn = None
            except (OSError, http.client.HTTPException):
                status = None
                if conn is not None:
                    conn.close()
                conn = None
            local.append((started, status, time.time() - started, url))
        with self.lock:
            self.results.extend(local)

    def start(self):
        self.threads = [
            threading.Thread(target=self.worker, args=(n,), daemon=True)
            for n in range(self.connections)
        ]
        for thread in self.threads:
            thread.start()

    def finish(self):
        self.stop.set()
        for thread in self.threads:
            thread.join(60)

    def summary(self, seconds):
        statuses = {}
        for _started, status, _, _ in self.results:
            if status is not None:
                statuses[str(status)] = statuses.get(str(status), 0) + 1
        latencies = sorted(d for _, status, d, _ in self.results if status is not None)
        return {
            "client": f"Python threads ({self.connections})",
            "requests": len(self.results),
            "seconds": seconds,
            "p50": percentile(latencies, 0.5),
            "p99": percentile(latencies, 0.99),
            "max": max(latencies, default=0),
            "statuses": statuses,
            "connection_errors": sum(1 for r in self.results if r[1] is None),
            "failures_at": [int(r[0]) for r in self.results if r[1] is None or r[1] >= 500],
        }


WRK_SCRIPT = """
local paths = {%(paths)s}
-- globals: done() reads them with thread:get
counter, statuses, fails, synthetic = 0, {}, {}, 0
local threads = {}
function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end
function init(args)
  counter = id * 7
end
function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1], {["User-Agent"] = "loadtest"})
end
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status >= 500 then
    -- Every answer of the app carries its X-Request-ID; one without it is Varnish's own.
    local from_app = false
    for name, _ in pairs(headers) do
      if string.lower(name) == "x-request-id" then from_app = true end
    end
    if not from_app then synthetic = synthetic + 1 end
  end
  if status >= 500 then
    local second = os.time()
    fails[second] = (fails[second] or 0) + 1
  end
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK summary %%d %%d %%d %%d %%d %%d %%d %%d %%d %%d\\n",
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(99), latency.max))
  for _, thread in ipairs(threads) do
    io.write(string.format("WRK synthetic %%d\\n", thread:get("synthetic")))
    for status, n in pairs(thread:get("statuses")) do
      io.write(string.format("WRK status %%d %%d\\n", status, n))
    end
    for second, n in pairs(thread:get("fails")) do
      io.write(string.format("WRK fail %%d %%d\\n", second, n))
    end
  end
end
"""


class WrkLoad:
    """The same load from wrk (Debian's `wrk`, C, much lighter than Python threads): two
    threads, `connections` keep-alive connections, the URLs in turn (a Lua script that also
    counts every status and the second of each 5xx)."""

    def __init__(self, base, urls, connections, seconds):
        self.base, self.urls, self.connections, self.seconds = base, urls, connections, seconds

    def start(self):
        script = RUN_DIR / "wrk.lua"
        paths = ", ".join(json.dumps(url) for url in self.urls)
        script.write_text(WRK_SCRIPT % {"paths": paths})
        self.process = subprocess.Popen(  # noqa: S603 - wrk with our own arguments
            [shutil.which("wrk"), "-t2", f"-c{self.connections}", f"-d{round(self.seconds)}s",
             "--timeout", "30s", "-s", str(script), self.base],
            stdout=subprocess.PIPE, text=True,
        )  # fmt: skip

    def finish(self):
        self.output = self.process.communicate()[0]

    def summary(self, seconds):
        statuses, fails, numbers, synthetic = {}, [], None, 0
        for line in self.output.splitlines():
            kind, *values = line.split()[1:] if line.startswith("WRK ") else (None,)
            if kind == "summary":
                numbers = [int(v) for v in values]
            elif kind == "status":
                statuses[values[0]] = statuses.get(values[0], 0) + int(values[1])
            elif kind == "synthetic":
                synthetic += int(values[0])
            elif kind == "fail":
                fails += [int(values[0])] * int(values[1])
        if numbers is None:
            raise DrillError(f"wrk reported nothing: {self.output}")
        requests, duration, connect, read, write, _status, timeout, p50, p99, top = numbers
        return {
            "client": f"wrk (2 threads, {self.connections} connections)",
            "requests": requests,
            "seconds": duration / 1e6,
            "p50": p50 / 1e6,
            "p99": p99 / 1e6,
            "max": top / 1e6,
            "statuses": statuses,
            "connection_errors": connect + read + write + timeout,
            "failures_at": fails,
            "synthetic_503": synthetic,
        }


def public_urls(base):
    """The German pages of the sitemap, the feeds and calendars, and a few searches."""
    browser = Browser(base)
    status, _, index = browser.request("GET", "/sitemap.xml")
    if status != 200:
        raise DrillError(f"/sitemap.xml answered {status}")
    paths = []
    for part in re.findall(r"<loc>([^<]+)</loc>", index):
        _, _, xml = browser.request("GET", urlsplit(part).path + "?" + urlsplit(part).query)
        paths += [urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", xml)]
    paths = sorted({p for p in paths if p.startswith("/de/")})[:60]
    extra = [
        "/de/feeds/nachrichten.rss",
        "/de/feeds/veranstaltungen.ics",
        "/de/suche/?q=Polizei",
        "/de/suche/?q=Beratung",
        "/de/aktuelles/?page=2",
    ]
    return paths + extra


# --- the editors and approvers -------------------------------------------------------------


class Editorial:
    """Two editors saving and submitting, two approvers approving, all through the admin."""

    def __init__(self, base, devices, parent_id, retry_outage=False):
        self.base, self.devices, self.parent_id = base, devices, parent_id
        self.retry_outage = retry_outage
        self.approvers = {}
        self.pages = {}  # side -> page id
        self.saves = {}  # side -> number of revisions the editor saved
        self.approved = {}  # side -> revision ids both sides approved
        self.approvals = 0
        self.cycles = 0
        self.errors = []
        self.refused_during_outage = 0
        self.stop = threading.Event()
        self.lock = threading.Lock()

    def login_all(self):
        """All four log in before the load starts (a login during the outage would only
        be repeated)."""
        self.editors = {}
        for users, browsers in ((APPROVERS, self.approvers), (EDITORS, self.editors)):
            for side, username in users.items():
                browser = Browser(self.base)
                login(browser, username, self.devices[username])
                browsers[side] = browser

    def call(self, browser, method, path, fields=None, expect=(200, 302)):
        """One admin request; while the database is down (503) it is repeated as an editor
        would click again, when the drill expects an outage."""
        while True:
            with browser.lock:
                if fields is not None and "csrfmiddlewaretoken" in fields:
                    fields["csrfmiddlewaretoken"] = browser.csrf()
                try:
                    status, headers, html = browser.request(method, path, fields)
                except (OSError, http.client.HTTPException) as error:
                    status, headers, html = None, {}, str(error)
            if status in expect:
                return status, headers, html
            if self.retry_outage and status in (None, 502, 503, 504):
                with self.lock:
                    self.refused_during_outage += 1
                time.sleep(1)
                continue
            raise DrillError(f"{method} {path} answered {status}")

    def news_form(self, browser, side, html, title, n, submit=False):
        fields = {
            "csrfmiddlewaretoken": browser.csrf(),
            "title": title,
            "slug": f"lasttest-{side}-{RUN_ID}",
            "date": "2026-12-07",
            "category": "press_release",
            "issuer": "",
            "teaser": f"Lasttest {side}, Fassung {n}.",
            "image": "",
            "body-count": "1",
            "body-0-type": "paragraph",
            "body-0-value": json.dumps(
                {
                    "blocks": [
                        {
                            "key": "a1b2c",
                            "type": "unstyled",
                            "text": f"Fassung {n}.",
                            "depth": 0,
                            "inlineStyleRanges": [],
                            "entityRanges": [],
                        }
                    ],
                    "entityMap": {},
                }
            ),  # fmt: skip
            "body-0-deleted": "",
            "body-0-order": "0",
            "body-0-id": "",
            "tags": "",
            "seo_title": "",
            "search_description": "",
            "comments-TOTAL_FORMS": "0",
            "comments-INITIAL_FORMS": "0",
            "comments-MIN_NUM_FORMS": "0",
            "comments-MAX_NUM_FORMS": "1000",
        }
        for name in ("loaded_revision_id", "loaded_revision_created_at"):
            if value := hidden(html, name):
                fields[name] = value
        if submit:
            fields["action-submit"] = "Zur Freigabe einreichen"
        return fields

    def save(self, browser, side, n, submit=False):
        page_id = self.pages[side]
        path = f"/admin/pages/{page_id}/edit/"
        _, _, html = self.call(browser, "GET", path)
        fields = self.news_form(browser, side, html, f"Lasttest {side} {n}", n, submit)
        status, headers, body = self.call(browser, "POST", path, fields)
        if status != 302:
            raise DrillError(f"saving {side} {n}: the editor answered {status} (form errors?)")
        with self.lock:
            self.saves[side] += 1

    def approve(self, approver_side, side):
        """The approver finds the row of the page on the dashboard (with the revision it
        shows) and approves it on the approval page."""
        browser = self.approvers[approver_side]
        _, _, dashboard = self.call(browser, "GET", "/admin/")
        links = re.findall(r'href="(/admin/freigabe/(\d+)/approve/\?[^"]+)"', dashboard)
        latest = self.latest_revision(side)
        for href, _task_state in links:
            href = href.replace("&amp;", "&")
            token = re.search(r"revision=([^&]+)", href).group(1)
            if token.split("%3A")[0].split(":")[0] == str(latest):
                break
        else:
            raise DrillError(f"{approver_side}: no approval row for revision {latest} of {side}")
        path = href
        _, _, html = self.call(browser, "GET", path)
        fields = {
            "csrfmiddlewaretoken": browser.csrf(),
            "comment": "",
            "revision": hidden(html, "revision"),
        }
        status, _, _ = self.call(browser, "POST", path, fields)
        if status != 302:
            raise DrillError(f"{approver_side}: approving {side} answered {status}")
        with self.lock:
            self.approvals += 1
        return latest

    def latest_revision(self, side):
        """The revision the editor saved last (the ORM: only to pick the row to click)."""
        from django.db import Error, connection

        from wagtail.models import Page

        while True:
            try:
                return Page.objects.get(pk=self.pages[side]).latest_revision_id
            except Error:  # the database is down (fault drill): try again
                connection.close()
                time.sleep(1)

    def create(self, browser, side):
        path = f"/admin/pages/add/news/newspage/{self.parent_id}/"
        _, _, html = self.call(browser, "GET", path)
        fields = self.news_form(browser, side, html, f"Lasttest {side} 0", 0)
        status, headers, _ = self.call(browser, "POST", path, fields)
        match = re.search(r"/admin/pages/(\d+)/edit/", headers.get("Location", ""))
        if status != 302 or not match:
            raise DrillError(f"creating the {side} page answered {status}")
        self.pages[side] = int(match.group(1))
        self.saves[side] = 1
        self.approved[side] = []

    def editor(self, side):
        try:
            browser = self.editors[side]
            self.create(browser, side)
            other = "council" if side == "police" else "police"
            n = 0
            while not self.stop.is_set():
                n += 1
                self.save(browser, side, f"{n}a")
                self.save(browser, side, f"{n}b", submit=True)
                self.approve(side, side)
                if n % 2 == 0:
                    # An edit between the two approvals voids the first one.
                    self.save(browser, side, f"{n}c")
                    self.approve(side, side)
                revision = self.approve(other, side)
                with self.lock:
                    self.approved[side].append(revision)
                    self.cycles += 1
            self.save(browser, side, "last")  # stays unapproved: must not go live
        except DrillError as error:
            with self.lock:
                self.errors.append(str(error))

    def start(self):
        self.threads = [
            threading.Thread(target=self.editor, args=(side,), daemon=True) for side in EDITORS
        ]
        for thread in self.threads:
            thread.start()

    def finish(self):
        self.stop.set()
        for thread in self.threads:
            thread.join(120)


def check_editorial(editorial):
    """Every revision saved is in the database and nothing else; exactly the revisions both
    sides approved were published, and the last one is live."""
    from wagtail.models import Page, PageLogEntry, Revision

    problems = []
    revisions = published = 0
    for side, page_id in editorial.pages.items():
        page = Page.objects.get(pk=page_id).specific
        stored = Revision.page_revisions.filter(object_id=str(page_id)).count()
        revisions += stored
        if stored != editorial.saves[side]:
            problems.append(f"{side}: {editorial.saves[side]} saves, {stored} revisions stored")
        live = set(
            PageLogEntry.objects.filter(page_id=page_id, action="wagtail.publish").values_list(
                "revision_id", flat=True
            )
        )
        published += len(live)
        if live != set(editorial.approved[side]):
            problems.append(
                f"{side}: published revisions {sorted(live)}, approved {editorial.approved[side]}"
            )
        last = editorial.approved[side][-1] if editorial.approved[side] else None
        if page.live_revision_id != last:
            problems.append(f"{side}: live revision {page.live_revision_id}, approved {last}")
        if last and page.latest_revision_id == last:
            problems.append(f"{side}: the unapproved last draft is missing")
    return problems, revisions, published


def consistent_rows():
    """Nothing half-written: the page tree is sound and every page's latest and live
    revision exist."""
    from django.db.models import Q

    from wagtail.models import Page, Revision

    problems = []
    found = Page.find_problems()
    if any(found):
        problems.append(f"page tree problems: {found}")
    ids = set(Revision.objects.values_list("pk", flat=True))
    for page in Page.objects.filter(
        Q(latest_revision__isnull=False) | Q(live_revision__isnull=False)
    ):
        for field in ("latest_revision_id", "live_revision_id"):
            value = getattr(page, field)
            if value is not None and value not in ids:
                problems.append(f"page {page.pk}: {field} {value} does not exist")
    return problems


# --- the fault ----------------------------------------------------------------------------


class Outage:
    """Stops the database server for `seconds`, while a probe asks twice a second for a page
    no cache holds (a new search each time)."""

    def __init__(self, base, cluster, after, seconds):
        self.base, self.cluster, self.after, self.seconds = base, cluster, after, seconds
        self.samples = []  # (began, ended, status, retry-after, static page?)
        self.stop = threading.Event()
        self.stopped_at = self.started_at = None

    def probe(self):
        browser = Browser(self.base)
        n = 0
        while not self.stop.is_set():
            n += 1
            began = time.monotonic()
            try:
                status, headers, html = browser.request(
                    "GET", f"/de/suche/?q=ausfall{n}", timeout=10
                )
                retry = headers.get("Retry-After")
                static = "110" in html and "112" in html and "<form" not in html
            except (OSError, http.client.HTTPException):
                status, retry, static = None, None, False
            self.samples.append((began, time.monotonic(), status, retry, static))
            time.sleep(0.5)

    def run(self):
        time.sleep(self.after)
        self.stopped_at, self.stopped_wall = time.monotonic(), time.time()
        say(f"stopping the database server for {self.seconds}s")
        self.cluster.stop("immediate")
        time.sleep(self.seconds)
        self.cluster.start()
        self.started_at, self.started_wall = time.monotonic(), time.time()
        say("database server started again")

    def start(self):
        self.threads = [
            threading.Thread(target=self.probe, daemon=True),
            threading.Thread(target=self.run, daemon=True),
        ]
        for thread in self.threads:
            thread.start()

    def finish(self):
        self.threads[1].join()
        time.sleep(3)
        self.stop.set()
        self.threads[0].join(15)


# --- the drill -----------------------------------------------------------------------------


def percentile(values, share):
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def report(summary, outage=None):
    """Prints the figures; returns the failed requests (5xx; connection errors count as
    failures everywhere) and those outside the outage."""
    seconds = summary["seconds"]
    say(
        f"{summary['requests']} requests in {seconds:.1f}s = "
        f"{summary['requests'] / seconds:.0f} req/s from {summary['client']}; "
        f"p50 {summary['p50'] * 1000:.0f} ms, p99 {summary['p99'] * 1000:.0f} ms, "
        f"max {summary['max'] * 1000:.0f} ms"
    )
    say(
        f"statuses: {json.dumps(dict(sorted(summary['statuses'].items())))}, "
        f"connection errors: {summary['connection_errors']}"
        + (
            f", 5xx from Varnish itself (no X-Request-ID: no app server answered in time "
            f"or none was healthy): "
            f"{summary['synthetic_503']}"
            if "synthetic_503" in summary
            else ""
        )
    )
    failed = summary["failures_at"]
    if outage:
        window = (int(outage.stopped_wall) - 1, int(outage.started_wall) + 3)
        outside = [t for t in failed if not window[0] <= t <= window[1]]
        say(f"5xx during the outage window (through Varnish): {len(failed) - len(outside)}")
    else:
        outside = failed
    return failed, outside


def drill(args):
    if PG_BIN is None:
        raise SystemExit("PostgreSQL's binaries are missing (/usr/lib/postgresql/*/bin)")
    RUN_DIR.mkdir(parents=True, exist_ok=True)
    keep = bool(os.environ.get("LOADTEST_KEEP"))
    cluster = Cluster(PG_PORT, keep)
    say(f"PostgreSQL cluster of the drill on 127.0.0.1:{PG_PORT} ({cluster.dir})")
    if not (keep and cluster.running()):
        cluster.init()
    env = stack_environment(cluster.url)
    base = f"https://127.0.0.1:{env['STACK_HTTPS_PORT']}"
    failures = []
    try:
        stack("start", env)
        setup_django(env)
        from wagtail.models import Page

        from news.models import NewsIndexPage

        devices = totp_devices()
        parent = NewsIndexPage.objects.live().filter(locale__language_code="de").first()
        urls = public_urls(base)
        say(f"{len(urls)} public URLs, {args.connections} connections, {args.seconds}s")
        editorial = Editorial(base, devices, parent.pk, retry_outage=args.mode == "fault")
        editorial.login_all()
        if shutil.which("wrk") and not os.environ.get("LOADTEST_PYTHON_CLIENT"):
            load = WrkLoad(base, urls, args.connections, args.seconds)
        else:
            load = Load(base, urls, args.connections)
        outage = None
        if args.mode == "fault":
            outage = Outage(base, cluster, args.seconds / 3, args.outage)
        started = time.monotonic()
        load.start()
        editorial.start()
        if outage:
            outage.start()
        if isinstance(load, Load):
            time.sleep(max(0, args.seconds - (time.monotonic() - started)))
        load.finish()
        elapsed = time.monotonic() - started
        if outage:
            outage.finish()
        editorial.finish()
        summary = load.summary(elapsed)
        errors, outside = report(summary, outage)

        from django.db import connection

        connection.close()  # the ORM's connection did not live through the outage
        problems, revisions, published = check_editorial(editorial)
        say(
            f"editors: {editorial.cycles} approval cycles, {sum(editorial.saves.values())} "
            f"revisions saved ({revisions} stored), {editorial.approvals} approvals, "
            f"{published} published (approved by both sides: "
            f"{sum(len(v) for v in editorial.approved.values())}), pages {editorial.pages}"
        )
        failures += [f"editorial: {e}" for e in editorial.errors] + problems
        if not editorial.cycles:
            failures.append("no approval cycle completed")
        if args.mode == "load":
            if errors or summary["connection_errors"]:
                failures.append(
                    f"{len(errors)} requests failed (5xx), "
                    f"{summary['connection_errors']} connection errors"
                )
        else:
            failures += check_outage(outage, outside, editorial)
            if summary["connection_errors"]:
                failures.append(f"{summary['connection_errors']} connection errors")
            failures += consistent_rows()
            say(f"page rows consistent: {Page.objects.count()} pages")
    finally:
        if keep:
            say("LOADTEST_KEEP: the stack and the cluster keep running (make it empty to stop)")
        else:
            try:
                stack("stop", env)
            finally:
                cluster.remove()
    if failures:
        for failure in failures:
            say(f"FAILED: {failure}")
        return 1
    say("all checks passed")
    return 0


def check_outage(outage, outside, editorial):
    failures = []
    # A probe asked and answered while the server was down (not one that began before).
    during = [
        s for s in outage.samples if s[0] >= outage.stopped_at + 0.5 and s[1] <= outage.started_at
    ]
    after = [s for s in outage.samples if s[0] > outage.started_at]
    unavailable = [s for s in during if s[2] == 503]
    good_503 = [s for s in unavailable if s[3] and s[4]]
    recovered = next((s[1] for s in after if s[2] == 200), None)
    say(
        f"outage {outage.seconds}s: probe {len(unavailable)}/{len(during)} answers 503 "
        f"({len(good_503)} the static page with Retry-After), "
        f"other statuses during it {sorted({s[2] for s in during if s[2] != 503}, key=str)}; "
        + (
            f"recovered {recovered - outage.started_at:.1f}s after the restart"
            if recovered
            else "not recovered"
        )
        + f"; editorial requests refused during the outage and repeated: "
        f"{editorial.refused_during_outage}; 5xx or connection errors outside the outage: "
        f"{len(outside)}"
    )
    if not during or len(good_503) != len(during):
        failures.append("the probe did not get the static 503 page throughout the outage")
    if recovered is None:
        failures.append("the application did not recover after the database came back")
    if outside:
        failures.append(f"{len(outside)} requests failed outside the outage")
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=["load", "fault"])
    parser.add_argument(
        "--seconds", type=float, default=float(os.environ.get("LOADTEST_SECONDS", "60"))
    )
    parser.add_argument(
        "--connections", type=int, default=int(os.environ.get("LOADTEST_CONNECTIONS", "50"))
    )
    parser.add_argument("--outage", type=float, default=10.0)
    return drill(parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())
