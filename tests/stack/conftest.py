"""The production stack for the tests of tests/stack/: site/stack.sh starts nginx (TLS) ->
Varnish -> two gunicorn app servers under production settings, with the demo content in a
SQLite database of its own and Redis database 3, on ports of its own (the defaults stay free
for `make stack`); the fixture stops it again by its recorded PIDs.

Every test module here has `pytestmark = STACK_TESTS`: marked `stack`, and one xdist group, so
one worker starts one stack. The stack keeps its run dir (test-artifacts/stack-test/) between
runs: migrations and the demo load run once, later starts are quicker; tests therefore use
names of their own (`unique`, `seed`). The stack runs in the SQLite lane only (like the
browser tests): the PostgreSQL lane skips it. A stack already running on these ports (e.g.
started by hand to debug) is used and left running.

Other tests of the stack (the purge tests) use the `stack` fixture: its base URLs, and
`stack.manage(...)` for a command against the stack's own database."""

import os
import re
import subprocess
import uuid
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

import pytest
import requests

BASE_DIR = Path(settings.BASE_DIR)
SCRIPT = BASE_DIR / "site" / "stack.sh"
RUN_DIR = BASE_DIR / "test-artifacts" / "stack-test"
PORTS = {
    "STACK_HTTPS_PORT": "18443",
    "STACK_HTTP_PORT": "18080",
    "STACK_VARNISH_PORT": "16081",
    "STACK_VARNISH_ADMIN_PORT": "16082",
    "STACK_APP_PORTS": "18101 18102",
}
# What the stack script decides itself; a value from the developer's shell must not leak in.
SCRIPT_DECIDES = {
    "DJANGO_SETTINGS_MODULE",
    "DATABASE_URL",
    "CACHE_URL",
    "CACHE_KEY_PREFIX",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "CSRF_TRUSTED_ORIGINS",
    "MEDIA_ROOT",
    "STATIC_ROOT",
    "SITE_HOSTNAME",
    "SITE_PORT",
    "SESSION_ENGINE",
    "TEST_CACHE_URL",
}

STACK_TESTS = [pytest.mark.stack, pytest.mark.xdist_group("stack")]

# The stack's self-signed certificate (made by site/stack.sh for 127.0.0.1), which requests
# verify against.
CERTIFICATE = RUN_DIR / "tls.crt"


def stack_environment():
    env = {key: value for key, value in os.environ.items() if key not in SCRIPT_DECIDES}
    # A day's form allowance, so the seconds of a test never straddle the end of a window.
    env.update(PORTS, STACK_DIR=str(RUN_DIR), STACK_REDIS_DB="3", STACK_TIMEOUT="180")
    env["FORM_RATE_LIMIT"] = "5/d"
    return env


def run_script(*args, timeout=900):
    return subprocess.run(  # noqa: S603 - our own script
        [str(SCRIPT), *args],
        cwd=BASE_DIR,
        env=stack_environment(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@dataclass(frozen=True)
class Stack:
    """The running stack's addresses: `url` is nginx (HTTPS, the public entrance), `http_url`
    its plain-HTTP port, `varnish_url` the cache (what nginx proxies to; PURGE and BAN go
    there), `app_urls` the two gunicorn app servers."""

    url: str
    http_url: str
    varnish_url: str
    app_urls: tuple
    host: str = "127.0.0.1"

    def get(self, path, base=None, **kwargs):
        """A GET of `path` from the public entrance (or another base), no redirects followed."""
        kwargs.setdefault("allow_redirects", False)
        return requests.get((base or self.url) + path, verify=CERTIFICATE, timeout=60, **kwargs)

    def app_request(self, method, app, path, headers=None, **kwargs):
        """A request straight to app server `app` (0 or 1) as nginx would send it: HTTPS said by
        X-Forwarded-Proto, the client's address in X-Real-IP (default 127.0.0.1)."""
        headers = {"X-Forwarded-Proto": "https", **(headers or {})}
        kwargs.setdefault("allow_redirects", False)
        return requests.request(
            method, self.app_urls[app] + path, headers=headers, timeout=60, **kwargs
        )

    def manage(self, *args):
        """manage.py ARGS against the stack's own database (production settings); the output."""
        result = run_script("manage", *args, timeout=300)
        assert result.returncode == 0, result.stderr
        return result.stdout


@pytest.fixture(scope="session")
def stack():
    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        pytest.skip("the stack tests run in the SQLite lane")
    already_running = run_script("status").returncode == 0
    if not already_running:
        started = run_script("start")
        if started.returncode != 0:
            pytest.fail(
                f"site/stack.sh start failed:\n{started.stdout}\n{started.stderr}", pytrace=False
            )
    https, http = PORTS["STACK_HTTPS_PORT"], PORTS["STACK_HTTP_PORT"]
    yield Stack(
        url=f"https://127.0.0.1:{https}",
        http_url=f"http://127.0.0.1:{http}",
        varnish_url=f"http://127.0.0.1:{PORTS['STACK_VARNISH_PORT']}",
        app_urls=tuple(f"http://127.0.0.1:{port}" for port in PORTS["STACK_APP_PORTS"].split()),
    )
    if not already_running:
        stopped = run_script("stop")
        assert stopped.returncode == 0, stopped.stderr


# Test accounts and an image no content uses, made once per session in the stack's database.
SEED = """
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice
from images.factories import CustomImageFactory
tag, password, key = {tag!r}, {password!r}, {key!r}
User = get_user_model()
admin = User.objects.create_superuser(f"stack-admin-{{tag}}", "admin@example.org", password)
TOTPDevice.objects.create(user=admin, name="Authenticator-App", confirmed=True, key=key)
User.objects.create_user(f"stack-locked-{{tag}}", "locked@example.org", password)
image = CustomImageFactory(title=f"Unbenutzt {{tag}}")
print(image.file.url)
"""


@dataclass(frozen=True)
class Seed:
    tag: str
    password: str
    totp_key: str
    unused_image_url: str

    @property
    def admin(self):
        return f"stack-admin-{self.tag}"

    @property
    def locked(self):
        return f"stack-locked-{self.tag}"


@pytest.fixture(scope="session")
def seed(stack):
    """An administrator with a confirmed authenticator app (production settings ask for the
    second factor), a user whose logins the throttling test fails, and an image that no live
    content uses; fresh names for this run."""
    tag, password, key = uuid.uuid4().hex[:10], f"Stack-{uuid.uuid4().hex}", os.urandom(20).hex()
    output = stack.manage("shell", "-c", SEED.format(tag=tag, password=password, key=key))
    return Seed(tag, password, key, output.strip().splitlines()[-1])


@pytest.fixture
def unique():
    """A name no earlier run used (the stack's database outlives the test run)."""
    return uuid.uuid4().hex[:10]


class Visitor:
    """One browser talking to the app servers: keeps its cookies itself (the session and CSRF
    cookies are Secure, which a cookie jar would not send over the plain loopback HTTP) and
    comes from its own address."""

    def __init__(self, stack):
        self.stack = stack
        self.cookies = {}
        self.address = f"198.51.100.{uuid.uuid4().int % 250 + 1}"

    def request(self, method, app, path, data=None):
        origin = self.stack.app_urls[app].replace("http://", "https://")
        headers = {"X-Real-IP": self.address, "Origin": origin, "Referer": origin + path}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        response = self.stack.app_request(method, app, path, headers, data=data)
        self.cookies.update(response.cookies.get_dict())
        return response

    def csrf_token(self, app, path):
        page = self.request("GET", app, path)
        assert page.status_code == 200, page.status_code
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
