"""Admin hardening (issue 10, item 5; issue 18): django-axes locks a user name *from one
address* after too many failed logins (one police NAT must not lock out every editor), and an
address after a higher number of failures under any names (password spraying); the address is
taken from the proxy header only on requests from a trusted proxy; the admin needs a TOTP
second factor under the production middleware; tests otherwise log in with force_login."""

import importlib
import time

from django.core.management import call_command
from django.test import RequestFactory, override_settings
from django.utils import translation
from django.utils.translation import gettext

import pytest
from axes.models import AccessAttempt
from bs4 import BeautifulSoup
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_ratelimit.core import _get_ip

from security.clientip import client_ip

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
PASSWORD = "ein-langes-richtiges-passwort"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser(
        username="redakteurin", email="r@example.org", password=PASSWORD
    )


@pytest.fixture
def colleague(django_user_model):
    return django_user_model.objects.create_superuser(
        username="kollege", email="k@example.org", password=PASSWORD
    )


def log_in(client, username, password, ip="10.0.0.1", **headers):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=ip,
        **headers,
    )


def fail(client, username, times, **kwargs):
    """Fail `times` logins; the last one that reaches the limit answers 429."""
    for _ in range(times):
        response = log_in(client, username, "falsch", **kwargs)
        assert response.status_code in (200, 429)
    return response


# --- Login throttling ---------------------------------------------------------------------


def test_a_user_name_is_locked_from_one_address_after_five_failures(client, editor, settings):
    response = fail(client, "redakteurin", settings.AXES_FAILURE_LIMIT - 1)
    assert response.status_code == 200  # the login form again, with an error
    response = log_in(client, "redakteurin", "falsch")
    assert response.status_code == 429
    # Locked now even with the right password, with a German page that says so.
    response = log_in(client, "redakteurin", PASSWORD)
    assert response.status_code == 429
    assert "Anmeldung gesperrt" in response.content.decode()
    assert AccessAttempt.objects.filter(username="redakteurin", ip_address="10.0.0.1").exists()


def test_the_same_user_from_another_address_is_not_locked(client, editor, settings):
    fail(client, "redakteurin", settings.AXES_FAILURE_LIMIT)
    response = log_in(client, "redakteurin", PASSWORD, ip="10.0.0.2")
    assert response.status_code == 302


def test_another_user_behind_the_same_address_is_not_locked(client, editor, colleague, settings):
    fail(client, "redakteurin", settings.AXES_FAILURE_LIMIT)
    response = log_in(client, "kollege", PASSWORD)
    assert response.status_code == 302


def test_a_successful_login_resets_the_count(client, editor, settings):
    fail(client, "redakteurin", settings.AXES_FAILURE_LIMIT - 1)
    assert log_in(client, "redakteurin", PASSWORD).status_code == 302
    client.logout()
    fail(client, "redakteurin", settings.AXES_FAILURE_LIMIT - 1)
    assert log_in(client, "redakteurin", PASSWORD).status_code == 302


@override_settings(CLIENT_IP_META_KEY="HTTP_X_REAL_IP")
def test_the_client_address_comes_from_the_proxy_header(client, editor, settings):
    """Behind the proxy every request comes from its address; the header tells clients apart."""
    proxy = {"ip": "127.0.0.1"}
    fail(client, "redakteurin", settings.AXES_FAILURE_LIMIT, HTTP_X_REAL_IP="203.0.113.7", **proxy)
    assert AccessAttempt.objects.get(username="redakteurin").ip_address == "203.0.113.7"
    locked = log_in(client, "redakteurin", PASSWORD, HTTP_X_REAL_IP="203.0.113.7", **proxy)
    assert locked.status_code == 429
    other = log_in(client, "redakteurin", PASSWORD, HTTP_X_REAL_IP="198.51.100.4", **proxy)
    assert other.status_code == 302


def test_one_password_against_many_user_names_locks_the_address(client, editor, settings):
    """Password spraying: every name fails once, the address as a whole is stopped."""
    spray = settings.AXES_ADDRESS_FAILURE_LIMIT - 1
    for number in range(spray):
        assert log_in(client, f"name{number}", "Sommer2026!").status_code == 200
    # Below the address limit an editor behind the same address still gets in.
    assert log_in(client, "redakteurin", PASSWORD).status_code == 302
    client.logout()
    assert log_in(client, "noch-ein-name", "Sommer2026!").status_code == 429
    locked = log_in(client, "redakteurin", PASSWORD)
    assert locked.status_code == 429
    page = locked.content.decode()
    assert "Anmeldung gesperrt" in page
    with translation.override("de"):
        reason = gettext(
            "Too many sign-ins with a wrong password came from your address, under various "
            "user names."
        )
    assert reason in page
    # Another address is not affected.
    assert log_in(client, "redakteurin", PASSWORD, ip="10.0.0.2").status_code == 302


def test_the_address_limit_is_higher_than_the_user_name_limit(settings):
    assert settings.AXES_ADDRESS_FAILURE_LIMIT > settings.AXES_FAILURE_LIMIT


@override_settings(CLIENT_IP_META_KEY="HTTP_X_FORWARDED_FOR")
def test_a_direct_client_cannot_fake_its_address(client, editor, settings):
    """Not from a trusted proxy: the header is ignored, a new fake address each try helps not."""
    for number in range(settings.AXES_FAILURE_LIMIT):
        fake = {"HTTP_X_FORWARDED_FOR": f"203.0.113.{number}"}
        log_in(client, "redakteurin", "falsch", ip="198.51.100.20", **fake)
    assert {a.ip_address for a in AccessAttempt.objects.all()} == {"198.51.100.20"}
    fake = {"HTTP_X_FORWARDED_FOR": "192.0.2.1"}
    assert log_in(client, "redakteurin", PASSWORD, ip="198.51.100.20", **fake).status_code == 429


@override_settings(CLIENT_IP_META_KEY="HTTP_X_FORWARDED_FOR", TRUSTED_PROXIES=["10.1.0.0/16"])
def test_a_trusted_proxy_chain_gives_the_address_the_first_proxy_saw():
    def address(remote, header):
        return client_ip(RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=header))

    # The client's own "10.1.9.9, 192.0.2.1" prefix is what it wrote; our proxies added the rest.
    assert address("10.1.0.2", "10.1.9.9, 192.0.2.1, 203.0.113.7, 10.1.0.5") == "203.0.113.7"
    assert address("10.1.0.2", "203.0.113.7") == "203.0.113.7"
    assert address("10.2.0.2", "203.0.113.7") == "10.2.0.2"  # not a trusted proxy
    assert address("10.1.0.2", "kein-ip") == "10.1.0.2"


# --- Two-factor login under the production middleware -------------------------------------


@pytest.fixture
def production(monkeypatch):
    """The production settings' middleware, backends and 2FA switch for this test."""
    monkeypatch.setenv("SECRET_KEY", "x" * 50)
    monkeypatch.setenv("ALLOWED_HOSTS", "testserver")
    # Both modules read the environment when imported: read it again with the values above.
    importlib.reload(importlib.import_module("config.settings.base"))
    module = importlib.reload(importlib.import_module("config.settings.production"))
    assert "security.middleware.AdminTwoFactorMiddleware" in module.MIDDLEWARE
    assert "axes.middleware.AxesMiddleware" in module.MIDDLEWARE
    assert module.ADMIN_2FA_REQUIRED is True
    with override_settings(
        MIDDLEWARE=module.MIDDLEWARE,
        AUTHENTICATION_BACKENDS=module.AUTHENTICATION_BACKENDS,
        ADMIN_2FA_REQUIRED=module.ADMIN_2FA_REQUIRED,
    ):
        yield module


def current_code(device):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    return str(totp.token()).zfill(device.digits)


def unthrottle(device):
    """django-otp makes the next try wait after a wrong code; the test does not wait."""
    device.refresh_from_db()
    device.throttle_reset()


def test_without_a_device_the_admin_leads_to_the_set_up(client, editor, production, home_page):
    client.force_login(editor)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/2fa/setup/?next=%2Fadmin%2Fpages%2F"

    page = client.get(response["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    assert "Zwei-Faktor-Anmeldung einrichten" in html
    assert 'src="data:image/svg+xml' in html  # the QR code, made here, not by a web service
    device = TOTPDevice.objects.get(user=editor, confirmed=False)

    wrong = client.post("/admin/2fa/setup/", {"token": "000000", "next": "/admin/pages/"})
    assert "Dieser Code ist nicht gültig" in wrong.content.decode()
    assert client.get("/admin/pages/").status_code == 302

    unthrottle(device)
    done = client.post(
        "/admin/2fa/setup/", {"token": current_code(device), "next": "/admin/pages/"}
    )
    assert done.status_code == 302
    assert done["Location"] == "/admin/pages/"
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/pages/").status_code == 200


def test_with_a_device_the_admin_asks_for_the_code(client, editor, production, home_page):
    device = TOTPDevice.objects.create(user=editor, name="App", confirmed=True)
    client.force_login(editor)
    response = client.get("/admin/")
    assert response["Location"] == "/admin/2fa/?next=%2Fadmin%2F"
    # No second app can be added with the password alone.
    assert client.get("/admin/2fa/setup/")["Location"].startswith("/admin/2fa/?")

    wrong = client.post("/admin/2fa/", {"token": "123456", "next": "/admin/"})
    assert wrong.status_code == 200
    # In the message box: the login layout hides the field's own error line.
    messages = BeautifulSoup(wrong.content, "html.parser").select_one(".messages")
    assert "Dieser Code ist nicht gültig" in messages.get_text()
    assert client.get("/admin/").status_code == 302

    unthrottle(device)
    ok = client.post("/admin/2fa/", {"token": current_code(device), "next": "/admin/"})
    assert ok["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_an_outside_next_address_is_ignored(client, editor, production, home_page):
    device = TOTPDevice.objects.create(user=editor, name="App", confirmed=True)
    client.force_login(editor)
    ok = client.post(
        "/admin/2fa/", {"token": current_code(device), "next": "https://evil.example/"}
    )
    assert ok["Location"] == "/admin/"


def test_the_public_site_and_signing_out_need_no_second_factor(
    client, editor, production, home_page
):
    client.force_login(editor)
    assert client.get(home_page.url).status_code == 200
    assert client.post("/admin/logout/").status_code == 302


def test_the_login_page_is_reachable_and_a_password_login_then_asks_for_the_code(
    client, editor, production, home_page
):
    TOTPDevice.objects.create(user=editor, name="App", confirmed=True)
    assert client.get(LOGIN).status_code == 200
    response = log_in(client, "redakteurin", PASSWORD)
    assert response.status_code == 302
    assert client.get("/admin/")["Location"].startswith("/admin/2fa/")


def test_without_the_production_switch_no_second_factor_is_asked(admin_client, home_page):
    assert admin_client.get("/admin/").status_code == 200


def test_reset_2fa_removes_the_devices(editor):
    TOTPDevice.objects.create(user=editor, name="App", confirmed=True)
    call_command("reset_2fa", "redakteurin", stdout=None)
    assert not TOTPDevice.objects.filter(user=editor).exists()


def test_guessing_codes_is_slowed_down(client, editor, production, home_page):
    TOTPDevice.objects.create(user=editor, name="App", confirmed=True)
    client.force_login(editor)
    client.post("/admin/2fa/", {"token": "111111"})
    again = client.post("/admin/2fa/", {"token": "222222"})
    assert "Zu viele falsche Codes" in again.content.decode()


@override_settings(CLIENT_IP_META_KEY="HTTP_X_FORWARDED_FOR")
def test_the_form_limit_and_the_login_throttle_see_the_same_client():
    """One function gives both the client address: the proxy header's last entry."""
    request = RequestFactory().get(
        "/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.9, 203.0.113.7"
    )
    assert client_ip(request) == "203.0.113.7"
    assert _get_ip(request) == "203.0.113.7"
