"""`make bench` (README "Benchmark"): how fast each public page type is, uncached and cached,
at 10, 1,000 and 10,000 news items (plus 1,000 events and the demo content), and how it grows.

Per size it builds a bench database of its own (SQLite under test-artifacts/bench/work/, or
PostgreSQL with BENCH_DATABASE_URL): migrate, the demo content, `seed_bench`. Then, with
production settings and the shared Redis cache:

- **uncached**: gunicorn (2 sync workers) answers every request (Django's frame cache is warm,
  no HTTP cache in front);
- **varnish**: the same through Varnish with the site's VCL (site/varnish.vcl) and the purges
  of a publication (FRONTEND_CACHE_URLS);
- **static**: the same HTML saved to files and served by nginx, the ceiling for any cache;
- SQL queries per page (tests.bench.pages, a warm request through Django's test client);
- search p50/p95/max over one- to five-word queries at the largest size;
- publish → visible: a news item published, then polled through Varnish on its page, its
  index, the home page and the feed.

Load: `wrk` (Debian package) with BENCH_CONNECTIONS connections for BENCH_DURATION seconds.
Output: test-artifacts/bench/bench.md (Markdown tables) and bench.png (matplotlib).

Environment: BENCH_SIZES (default 10,1000,10000), BENCH_EVENTS (1000), BENCH_DURATION (3),
BENCH_CONNECTIONS (8), BENCH_PORTS (first of three free ports, default 8201), BENCH_DATABASE_URL
(a PostgreSQL server URL whose database `bench_<size>` is created; default SQLite),
BENCH_REDIS_URL (default redis://127.0.0.1:6379/7), BENCH_VARNISH_ARGS (more varnishd options,
e.g. "-p thread_pools=1" to try its tuning), BENCH_REUSE=1 (measure the SQLite databases
of the last run again)."""

import gzip
import hashlib
import json
import os
import re
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import closing
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "test-artifacts" / "bench"
WORK = OUT / "work"
PY = str(REPO / ".venv" / "bin" / "python")
SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "10,1000,10000").split(",") if n]
EVENTS = int(os.environ.get("BENCH_EVENTS", "1000"))
DURATION = int(os.environ.get("BENCH_DURATION", "3"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
FIRST_PORT = int(os.environ.get("BENCH_PORTS", "8201"))
APP_PORT, VARNISH_PORT, NGINX_PORT = FIRST_PORT, FIRST_PORT + 1, FIRST_PORT + 2
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/7")
PG_SERVER = os.environ.get("BENCH_DATABASE_URL", "")
# BENCH_REUSE=1: measure the SQLite databases of an earlier run again instead of seeding anew.
REUSE = os.environ.get("BENCH_REUSE") == "1"
SEARCHES = [
    "Polizei",
    "Beirat",
    "Einbruch",
    "Verkehrskontrolle Schule",
    "Telefon Betrug",
    "Prävention Senioren Fahrrad",
    "Gesprächsrunde Integration Sprache",
    "Sicherheit Innenstadt Nachbarschaft Jugend",
    "Polizei Beirat Meldung Termin Sicherheit",
    "xyzzy",
]


def env_for(size):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="bench-only-" + "x" * 50,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        SECURE_COOKIES="false",
        DATABASE_URL=database_url(size),
        MEDIA_ROOT=str(WORK / "media"),
        STATIC_ROOT=str(WORK / "static"),
        CACHE_URL=REDIS_URL,
        CACHE_KEY_PREFIX=f"bench-{size}",
        SITE_HOSTNAME="127.0.0.1",
        SITE_PORT="80",
        LOG_LEVEL="ERROR",
    )
    return env


def env_with_purge(size):
    """env_for(size), and a publication purges what changed from the bench's Varnish
    (home.purge); not while the databases are seeded, when no Varnish runs."""
    return {**env_for(size), "FRONTEND_CACHE_URLS": f"http://127.0.0.1:{VARNISH_PORT}"}


def database_url(size):
    if PG_SERVER:
        return f"{PG_SERVER.rsplit('/', 1)[0]}/bench_{size}"
    return f"sqlite:///{WORK}/db-{size}.sqlite3"


def manage(size, *args, dev=False, **kwargs):
    env = env_for(size)
    if dev:  # the demo content and seed_bench refuse production settings
        env["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
    return subprocess.run(
        [PY, "manage.py", *args], cwd=REPO, env=env, check=True, text=True, **kwargs
    )


def build_database(size):
    """A copy of the template database (migrated, set up, the demo content; built once and
    kept in test-artifacts/bench/work/ while the migrations and the demo data are unchanged),
    then `size` news items and the events seeded."""
    template = "template"
    # one template per database kind: a SQLite template says nothing of the PostgreSQL one
    stamp = WORK / f"template-{'postgresql' if PG_SERVER else 'sqlite'}.stamp"
    fingerprint = template_fingerprint()
    if not stamp.exists() or stamp.read_text() != fingerprint:
        create_database(template)
        manage(template, "migrate", "--no-input", "-v", "0")
        manage(template, "setup_site")
        manage(template, "setup_editorial", stdout=subprocess.DEVNULL)
        manage(template, "load_demo_content", dev=True, stdout=subprocess.DEVNULL)
        stamp.write_text(fingerprint)
    create_database(size, template=template)
    manage(size, "seed_bench", f"--news={size}", f"--events={EVENTS}", dev=True)
    # the nightly job of site/crontab, which a site of this size has run
    manage(size, "analyze_database", stdout=subprocess.DEVNULL)


def template_fingerprint():
    """Changes with any migration or demo data file (then the template is built again)."""
    files = sorted(REPO.glob("*/migrations/*.py")) + sorted((REPO / "demo" / "data").rglob("*"))
    listing = "\n".join(f"{f} {f.stat().st_mtime_ns}" for f in files if f.is_file())
    return hashlib.sha256(listing.encode()).hexdigest()


def create_database(name, template=None):
    if PG_SERVER:
        subprocess.run(
            ["dropdb", "--if-exists", f"--maintenance-db={PG_SERVER}", f"bench_{name}"], check=False
        )
        sql = f"CREATE DATABASE bench_{name}" + (f" TEMPLATE bench_{template}" if template else "")
        subprocess.run(["psql", PG_SERVER, "-qc", sql], check=True)
        return
    target = Path(f"{WORK}/db-{name}.sqlite3")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    if template:
        source = sqlite3.connect(f"{WORK}/db-{template}.sqlite3")
        with closing(sqlite3.connect(target)) as copy:
            source.backup(copy)
        source.close()


def wait_for(url, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"bench: {url} did not answer within {seconds} s")


def start(args, **kwargs):
    return subprocess.Popen(args, start_new_session=True, **kwargs)


def stop(process):
    if process is not None and process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def gunicorn(size):
    log = open(WORK / f"gunicorn-{size}.log", "w")  # noqa: SIM115 - closed with the process
    return start(
        [
            str(REPO / ".venv" / "bin" / "gunicorn"),
            "config.wsgi",
            f"--bind=127.0.0.1:{APP_PORT}",
            "--workers=2",
            "--timeout=60",
        ],
        cwd=REPO,
        env=env_with_purge(size),
        stdout=log,
        stderr=log,
    )


def varnish():
    """Varnish with the site's own VCL (site/varnish.vcl: what it caches, PURGE and BAN), both
    of its backends pointed at the one bench gunicorn."""
    name = WORK / "varnish"
    shutil.rmtree(name, ignore_errors=True)
    backends = (REPO / "site" / "varnish-backends.vcl").read_text()
    backends = backends.replace("polizei-beirat.example.org", "127.0.0.1")
    backends = backends.replace('"8001"', f'"{APP_PORT}"').replace('"8002"', f'"{APP_PORT}"')
    (WORK / "backends.vcl").write_text(backends)
    return start(
        [
            "varnishd",
            "-F",
            "-j",
            "none",
            "-n",
            str(name),
            "-a",
            f"127.0.0.1:{VARNISH_PORT}",
            "-p",
            f"vcl_path={WORK}:{REPO / 'site'}",
            "-f",
            str(REPO / "site" / "varnish.vcl"),
            "-s",
            "malloc,256m",
            "-T",
            "none",
            *os.environ.get("BENCH_VARNISH_ARGS", "").split(),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def nginx(root):
    conf = WORK / "nginx.conf"
    conf.write_text(
        f"""daemon off;
worker_processes 2;
pid {WORK}/nginx.pid;
error_log {WORK}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  client_body_temp_path {WORK}/nginx-tmp;
  proxy_temp_path {WORK}/nginx-tmp;
  fastcgi_temp_path {WORK}/nginx-tmp;
  uwsgi_temp_path {WORK}/nginx-tmp;
  scgi_temp_path {WORK}/nginx-tmp;
  server {{
    listen 127.0.0.1:{NGINX_PORT};
    root {root};
    default_type text/html;
    gzip_static on;
    location / {{ index index.html; }}
  }}
}}
"""
    )
    (WORK / "nginx-tmp").mkdir(exist_ok=True)
    return start(["nginx", "-c", str(conf), "-p", str(WORK)], stderr=subprocess.DEVNULL)


# Every browser asks for compressed responses; so do the three measurements: gunicorn compresses
# (GZipMiddleware), Varnish delivers the gzip it stored (a client without it would make Varnish
# gunzip every copy), nginx sends the saved file's .gz (gzip_static).
GZIP = ["-H", "Accept-Encoding: gzip"]


def wrk(url):
    """(req/s, p50 ms, p99 ms) of `url` under BENCH_CONNECTIONS connections."""
    out = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}s", "--latency", *GZIP, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))

    def percentile(p):
        match = re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        if match is None:
            return float("nan")
        value, unit = float(match.group(1)), match.group(2)
        return value * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    return rate, percentile(50), percentile(99)


def fetch(url):
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.read()


def get_status(url, headers=None):
    """(status, body) of `url`; with `headers`, (status, body, response headers)."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            answer = response.status, response.read(), response.headers
    except urllib.error.HTTPError as error:
        answer = error.code, error.read(), error.headers
    return answer if headers else answer[:2]


def served(url):
    """(status, Content-Encoding or "identity") of `url` for a browser that takes gzip."""
    status, _body, headers = get_status(url, {"Accept-Encoding": "gzip"})
    return status, headers.get("Content-Encoding", "identity")


def profile(size):
    """{page type: [path, status, queries, ms, sql ms]} from tests.bench.pages."""
    env = env_for(size)
    env["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
    env["DEBUG"] = "false"
    code = (
        "import json, os, django; django.setup();"
        "from django.conf import settings; settings.ALLOWED_HOSTS=['*'];"
        "from tests.bench.pages import page_urls, profile;"
        "urls = page_urls(); result = profile(urls, repeat=3);"
        "print(json.dumps({k: [urls[k], *v] for k, v in result.items()}))"
    )
    out = subprocess.run(
        [PY, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def measure(size):
    """Every figure of one size; gunicorn, Varnish and nginx run only meanwhile."""
    pages = profile(size)
    app = cache = web = None
    result = {"pages": pages, "uncached": {}, "varnish": {}, "static": {}}
    try:
        app = gunicorn(size)
        wait_for(f"http://127.0.0.1:{APP_PORT}/healthz")
        cache = varnish()
        wait_for(f"http://127.0.0.1:{VARNISH_PORT}/healthz")
        root = WORK / f"html-{size}"
        shutil.rmtree(root, ignore_errors=True)
        for name, (path, *_rest) in pages.items():
            url = f"http://127.0.0.1:{APP_PORT}{path}"
            status, body = get_status(url)  # warm the frame cache and renditions
            target = root / name / "index.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(body)
            target.with_name("index.html.gz").write_bytes(gzip.compress(body, 6))
        web = nginx(root)
        wait_for(f"http://127.0.0.1:{NGINX_PORT}/home/")
        # Every URL must answer through Varnish as through gunicorn, and nginx must find every
        # saved page (a static 404 would be a ceiling of nothing); the encodings go in the report.
        result["encodings"] = {}
        for name, (path, status, *_rest) in pages.items():
            answers = [
                served(f"http://127.0.0.1:{APP_PORT}{path}"),
                served(f"http://127.0.0.1:{VARNISH_PORT}{path}"),
                served(f"http://127.0.0.1:{NGINX_PORT}/{name}/"),
            ]
            if [code for code, _ in answers] != [status, status, 200]:
                raise SystemExit(f"bench: {name} answered {answers}, expected {status}")
            result["encodings"][name] = [encoding for _, encoding in answers]
        for name, (path, *_rest) in pages.items():
            result["uncached"][name] = wrk(f"http://127.0.0.1:{APP_PORT}{path}")
            result["varnish"][name] = wrk(f"http://127.0.0.1:{VARNISH_PORT}{path}")
            result["static"][name] = wrk(f"http://127.0.0.1:{NGINX_PORT}/{name}/")
        if size == max(SIZES):
            result["search"] = search_latency()
            result["publish"] = publish_to_visible(size)
    finally:
        for process in (web, cache, app):
            stop(process)
    return result


def search_latency():
    """p50/p95/max in ms of sequential searches through gunicorn, each query 3 times."""
    times = {}
    for query in SEARCHES:
        url = f"http://127.0.0.1:{APP_PORT}/de/suche/?q={urllib.request.quote(query)}"
        for _ in range(3):
            started = time.perf_counter()
            get_status(url)
            times.setdefault(query, []).append((time.perf_counter() - started) * 1000)
    every = sorted(t for values in times.values() for t in values)
    return {
        "p50": statistics.median(every),
        "p95": every[max(0, round(len(every) * 0.95) - 1)],
        "max": every[-1],
        "slowest": max(times, key=lambda q: max(times[q])),
    }


PUBLISH = """
import json, time, django; django.setup()
from news.factories import NewsPageFactory
from news.models import NewsIndexPage
index = NewsIndexPage.objects.filter(locale__language_code="de").first()
page = NewsPageFactory.build(title="Bench-Eilmeldung {stamp}", teaser="Bench.")
index.add_child(instance=page)
started = time.time()
page.save_revision().publish()
print(json.dumps({{"url": page.url, "published": started}}))
"""


def publish_to_visible(size):
    """Seconds from a publish until its title shows through Varnish on each of four URLs (None:
    not within 10 s, i.e. the cache served the old copy)."""
    paths = {
        "page": None,
        "index": "/de/aktuelles/",
        "home": "/de/",
        "feed": "/de/feeds/nachrichten.rss",
    }
    for path in paths.values():
        if path:
            fetch(f"http://127.0.0.1:{VARNISH_PORT}{path}")  # in the cache before the change
    stamp = str(int(time.time()))
    env = env_with_purge(size)
    env["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
    out = subprocess.run(
        [PY, "-c", PUBLISH.format(stamp=stamp)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    info = json.loads(out.strip().splitlines()[-1])
    paths["page"] = info["url"]
    title = f"Bench-Eilmeldung {stamp}".encode()
    seen = {}
    deadline = info["published"] + 10
    while time.time() < deadline and len(seen) < len(paths):
        for name, path in paths.items():
            if name not in seen:
                status, body = get_status(f"http://127.0.0.1:{VARNISH_PORT}{path}")
                if status == 200 and title in body:
                    seen[name] = time.time() - info["published"]
        time.sleep(0.05)
    return {name: seen.get(name) for name in paths}


def ratio(a, b):
    """a ÷ b to two places, or – where b is 0 or missing (no request completed)."""
    return f"{a / b:.3g}" if b and a == a and b == b else "–"


def report(results):
    sizes = sorted(results)
    big, small = max(sizes), min(sizes)
    lines = [
        "# Benchmark",
        "",
        f"Sizes: {', '.join(f'{n:,}' for n in sizes)} news items + {EVENTS:,} events + demo "
        f"content; wrk {CONNECTIONS} connections, {DURATION} s per URL; database "
        f"{'PostgreSQL' if PG_SERVER else 'SQLite'}; gunicorn 2 workers, production settings.",
        "",
        f"## Per page type at {big:,} news items",
        "",
        "| page | queries | uncached req/s | p50 ms | p99 ms | Varnish req/s | p50 ms | "
        "nginx static req/s | Varnish ÷ static | uncached ÷ Varnish | encoding |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    data = results[big]
    for name in data["pages"]:
        u, v, s = data["uncached"][name], data["varnish"][name], data["static"][name]
        # gunicorn / Varnish / nginx: one word where all three sent the same
        encodings = data.get("encodings", {}).get(name, ["?"])
        sent = encodings[0] if len(set(encodings)) == 1 else " / ".join(encodings)
        lines.append(
            f"| {name} | {data['pages'][name][2]} | {u[0]:.0f} | {u[1]:.1f} | {u[2]:.1f} | "
            f"{v[0]:.0f} | {v[1]:.2f} | {s[0]:.0f} | {ratio(v[0], s[0])} | {ratio(u[0], v[0])} | "
            f"{sent} |"
        )
    lines += [
        "",
        f"## Growth {small:,} → {big:,} news items (uncached)",
        "",
        "| page | "
        + " | ".join(f"queries @{n:,}" for n in sizes)
        + " | "
        + " | ".join(f"p50 ms @{n:,}" for n in sizes)
        + f" | p50 ×({big:,}÷{small:,}) | req/s ×({big:,}÷{small:,}) |",
        "| --- |" + " --- |" * (2 * len(sizes) + 2),
    ]
    for name in data["pages"]:
        queries = [str(results[n]["pages"][name][2]) for n in sizes]
        p50 = [f"{results[n]['uncached'][name][1]:.1f}" for n in sizes]
        growth = ratio(data["uncached"][name][1], results[small]["uncached"][name][1])
        rate = ratio(data["uncached"][name][0], results[small]["uncached"][name][0])
        lines.append(f"| {name} | {' | '.join(queries)} | {' | '.join(p50)} | {growth} | {rate} |")
    if "search" in data:
        search = data["search"]
        lines += [
            "",
            f"## Search at {big:,} news items ({'PostgreSQL' if PG_SERVER else 'SQLite'})",
            "",
            f"{len(SEARCHES)} queries of one to five words, 3 times each, one after another: "
            f"p50 {search['p50']:.0f} ms, p95 {search['p95']:.0f} ms, max {search['max']:.0f} ms "
            f"(slowest: “{search['slowest']}”).",
        ]
    if "publish" in data:
        seen = data["publish"]
        lines += [
            "",
            "## Publish → visible through Varnish",
            "",
            "| URL | seconds |",
            "| --- | --- |",
            *(
                f"| {name} | {'not within 10 s (stale copy)' if t is None else f'{t:.2f}'} |"
                for name, t in seen.items()
            ),
        ]
    (OUT / "bench.md").write_text("\n".join(lines) + "\n")
    plot(results)
    print("\n".join(lines))


def plot(results):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = sorted(results)
    big = results[max(sizes)]
    names = list(big["pages"])
    fig, (left, right) = plt.subplots(1, 2, figsize=(15, 6))
    x = range(len(names))
    width = 0.27
    for offset, (kind, label) in enumerate(
        [("uncached", "gunicorn"), ("varnish", "Varnish"), ("static", "nginx static")]
    ):
        left.bar(
            [i + (offset - 1) * width for i in x],
            [big[kind][n][0] for n in names],
            width,
            label=label,
        )
    left.set_yscale("log")
    left.set_xticks(list(x), names, rotation=45, ha="right")
    left.set_ylabel("requests per second (log)")
    left.set_title(f"req/s at {max(sizes):,} news items")
    left.legend()
    for name in names:
        right.plot(sizes, [results[n]["uncached"][name][1] for n in sizes], marker="o", label=name)
    right.set_xscale("log")
    right.set_xlabel("news items")
    right.set_ylabel("uncached p50 latency, ms")
    right.set_title("growth with content")
    right.legend(fontsize="small", ncol=2)
    fig.tight_layout()
    fig.savefig(OUT / "bench.png", dpi=100)


def main():
    if sys.argv[1:] == ["--report"]:
        saved = json.loads((OUT / "bench.json").read_text())
        report({int(size): result for size, result in saved.items()})
        return
    for tool in ("wrk", "varnishd", "nginx"):
        if shutil.which(tool) is None:
            raise SystemExit(f"bench: {tool} is missing (apt-get install -y {tool})")
    WORK.mkdir(parents=True, exist_ok=True)
    manage(SIZES[0], "collectstatic", "--no-input", "-v", "0")
    results = {}
    for size in SIZES:
        print(f"bench: {size:,} news items + {EVENTS:,} events", file=sys.stderr)
        if not (REUSE and not PG_SERVER and Path(f"{WORK}/db-{size}.sqlite3").exists()):
            build_database(size)
        results[size] = measure(size)
        # saved at once: `python -m tests.bench.run --report` writes the tables again from it
        (OUT / "bench.json").write_text(json.dumps(results, indent=1))
    report(results)


if __name__ == "__main__":
    main()
