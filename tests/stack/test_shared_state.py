"""Two app servers behind the cache are stateless: what one process knows of a visitor (a
session, a form allowance, failed logins) the other knows too, because both keep it in the
shared database and Redis (CACHE_URL). Requests go straight to each app server, as nginx and
Varnish would send them (X-Forwarded-Proto https, the client in X-Real-IP)."""

from django_otp.oath import TOTP

from tests.stack.conftest import STACK_TESTS, Visitor

pytestmark = STACK_TESTS


def test_a_login_on_one_app_server_is_recognised_on_the_other(stack, seed):
    editor = Visitor(stack)
    token = editor.csrf_token(0, "/admin/login/")
    login = editor.request(
        "POST",
        0,
        "/admin/login/",
        {"csrfmiddlewaretoken": token, "username": seed.admin, "password": seed.password},
    )
    assert login.status_code == 302, login.text[:500]
    assert "sessionid" in editor.cookies

    # Production settings: the second factor next, on the other server.
    admin = editor.request("GET", 1, "/admin/")
    assert admin.status_code == 302
    assert admin.headers["Location"].startswith("/admin/2fa/")
    token = editor.csrf_token(1, admin.headers["Location"])
    code = TOTP(bytes.fromhex(seed.totp_key)).token()
    verified = editor.request(
        "POST",
        1,
        admin.headers["Location"],
        {"csrfmiddlewaretoken": token, "token": f"{code:06d}"},
    )
    assert verified.status_code == 302, verified.text[:500]

    # Signed in with both factors: each server shows the dashboard.
    for app in (0, 1):
        dashboard = editor.request("GET", app, "/admin/")
        assert dashboard.status_code == 200
        assert seed.admin in dashboard.text or "Dashboard" in dashboard.text

    # A stranger without the cookie is sent to the login on either server.
    stranger = Visitor(stack)
    assert stranger.request("GET", 1, "/admin/").headers["Location"].startswith("/admin/login/")


def test_the_form_allowance_counts_on_both_app_servers_together(stack):
    visitor = Visitor(stack)
    token = visitor.csrf_token(0, "/de/kontakt/")
    data = {
        "csrfmiddlewaretoken": token,
        "ihr_name": "Aylin Demir",
        "ihre_e_mail_adresse": "aylin@example.org",
        "ihre_nachricht": "Eine Frage zur Gesprächsrunde.",
    }
    # FORM_RATE_LIMIT=5/d in the tests' stack: five posts per address and form.
    first = [visitor.request("POST", 0, "/de/kontakt/", data).status_code for _ in range(3)]
    second = [visitor.request("POST", 1, "/de/kontakt/", data).status_code for _ in range(3)]
    assert (first, second) == ([200, 200, 200], [200, 200, 429])

    # Another address has its own allowance.
    other = Visitor(stack)
    other.cookies = dict(visitor.cookies)
    assert other.request("POST", 1, "/de/kontakt/", data).status_code == 200


def test_failed_logins_on_both_app_servers_lock_the_user_everywhere(stack, seed):
    visitor = Visitor(stack)
    token = visitor.csrf_token(0, "/admin/login/")
    wrong = {"csrfmiddlewaretoken": token, "username": seed.locked, "password": "falsch-falsch"}
    # AXES_FAILURE_LIMIT=5 failed logins of one name from one address.
    first = [visitor.request("POST", 0, "/admin/login/", wrong).status_code for _ in range(3)]
    second = [visitor.request("POST", 1, "/admin/login/", wrong).status_code for _ in range(3)]
    assert first == [200, 200, 200]
    assert second[-1] == 429

    # The right password does not help now, on either server.
    right = dict(wrong, password=seed.password)
    assert [visitor.request("POST", app, "/admin/login/", right).status_code for app in (0, 1)] == [
        429,
        429,
    ]
