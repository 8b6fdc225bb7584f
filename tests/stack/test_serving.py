"""What the production stack serves and how: media under production settings decided by the
application, static files by nginx with cache headers, HTTP moved to HTTPS but the probes, the
same pages from both app servers, and the purge contract of the cache (issue 17)."""

import re
import subprocess
import uuid

import requests

from tests.stack.conftest import CERTIFICATE, RUN_DIR, STACK_TESTS

pytestmark = STACK_TESTS


def home(stack):
    response = stack.get("/de/")
    assert response.status_code == 200
    return response.text


def test_an_image_a_live_page_shows_is_served_and_an_unused_one_is_not(stack, seed):
    shown = re.search(r'src="(/media/images/[^"]+)"', home(stack)).group(1)

    response = stack.get(shown)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "image/jpeg"
    assert response.content[:2] == b"\xff\xd8"

    # An upload no live content uses is not public, even with its exact path.
    assert stack.get(seed.unused_image_url).status_code == 404


def test_static_files_come_from_nginx_with_long_cache_headers(stack):
    css = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', home(stack)).group(1)

    response = stack.get(css, headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert response.headers["Content-Encoding"] == "gzip"  # whitenoise's .gz, sent by nginx
    assert "X-Cache" not in response.headers  # not through Varnish and the app

    unhashed = stack.get("/static/css/site.css")
    assert unhashed.headers["Cache-Control"] == "public, max-age=3600"
    assert stack.get("/static/css/nicht-da.css").status_code == 404


def test_plain_http_moves_to_https_except_the_probes(stack):
    response = stack.get("/de/", base=stack.http_url)
    assert response.status_code == 301
    assert response.headers["Location"] == f"{stack.url}/de/"
    for probe in ("/healthz", "/readyz"):
        assert stack.get(probe, base=stack.http_url).status_code == 200


def test_pages_are_compressed_and_the_site_knows_its_public_address(stack):
    response = stack.get("/de/", headers={"Accept-Encoding": "gzip"})
    assert response.headers["Content-Encoding"] == "gzip"
    assert response.headers["Strict-Transport-Security"].startswith("max-age=")
    # Absolute URLs (canonical link) name the stack (SITE_HOSTNAME, SITE_PORT).
    assert re.search(r'<link rel="canonical" href="[a-z]+://127\.0\.0\.1:18443/de/"', response.text)


def test_both_app_servers_serve_the_same_page(stack):
    headers = {"Host": "127.0.0.1:18443"}
    first, second = (stack.app_request("GET", app, "/de/", headers) for app in (0, 1))
    assert first.status_code == second.status_code == 200
    assert first.text == second.text


def test_purge_removes_a_page_from_the_cache_and_only_this_host_may_purge(stack):
    path = f"/de/?purge-probe={uuid.uuid4().hex}"
    assert stack.get(path).headers["X-Cache"] == "MISS"
    assert stack.get(path).headers["X-Cache"] == "HIT"

    # Through nginx (the public entrance) nobody purges.
    refused = requests.request("PURGE", stack.url + path, verify=CERTIFICATE, timeout=10)
    assert refused.status_code == 405
    assert stack.get(path).headers["X-Cache"] == "HIT"

    # The site's own processes talk to Varnish directly, with the public host name.
    purged = requests.request(
        "PURGE", stack.varnish_url + path, headers={"Host": stack.host}, timeout=10
    )
    assert purged.status_code == 200
    assert stack.get(path).headers["X-Cache"] == "MISS"


def test_a_ban_removes_every_path_its_pattern_matches(stack):
    token = uuid.uuid4().hex
    paths = [f"/de/?ban-probe={token}&n={n}" for n in range(2)]
    for path in paths:
        stack.get(path)
        assert stack.get(path).headers["X-Cache"] == "HIT"

    banned = requests.request(
        "BAN",
        stack.varnish_url + "/",
        headers={"Host": f"{stack.host}:18443", "X-Ban-Url": f"ban-probe={token}"},
        timeout=10,
    )
    assert banned.status_code == 200
    assert [stack.get(path).headers["X-Cache"] for path in paths] == ["MISS", "MISS"]

    missing = requests.request(
        "BAN", stack.varnish_url + "/", headers={"Host": stack.host}, timeout=10
    )
    assert missing.status_code == 400


def test_varnish_balances_over_two_healthy_app_servers(stack):
    backends = subprocess.run(  # noqa: S603 - varnishadm of the stack's own Varnish
        ["/usr/bin/varnishadm", "-n", str(RUN_DIR / "varnish"), "backend.list"],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    ).stdout
    rows = [line for line in backends.splitlines() if re.match(r"\S+\.app\d\s", line)]
    assert len(rows) == 2
    assert all("healthy" in row.lower() for row in rows), backends
