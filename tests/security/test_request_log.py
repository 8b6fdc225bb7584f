"""The request log (security.requestlog, LOGGING in config/settings/base.py): one line per
request with its id, status, duration and the client's truncated address, never the full
address, the query string or form contents; errors with their traceback in the log and in the
mail to ADMINS, under the request's id. What is read here is the text the configured console
handler writes, as it would reach gunicorn's journal."""

import io
import logging
import re

from django.core import mail
from django.test import Client, override_settings

import pytest

from tests.home.test_forms import contact_form, valid_data  # noqa: F401 (fixture)
from tests.test_health import database_down  # noqa: F401 (fixture)

VISITOR = "203.0.113.77"
VISITOR_V6 = "2001:db8:1234:5678:9abc::42"
LINE = re.compile(
    r"^\S+ \S+ (?P<level>[A-Z]+) security\.requestlog \[(?P<id>[^\]]+)\] "
    r"(?P<method>[A-Z]+) (?P<path>\S+) (?P<status>\d{3}) (?P<ms>\d+)ms client=(?P<client>\S+)$"
)


@pytest.fixture
def log_output():
    """What the console handler writes while the test runs."""
    handler = next(h for h in logging.getLogger("security.requestlog").handlers)
    assert handler.name == "console"
    stream = io.StringIO()
    previous = handler.setStream(stream)
    try:
        yield stream
    finally:
        handler.setStream(previous)


@pytest.fixture(autouse=True)
def fresh_mail_throttle():
    """The mail handler sends one mail per kind of error and five minutes in each process:
    each test starts as a fresh process would."""
    (handler,) = [h for h in logging.getLogger().handlers if h.name == "mail_admins"]
    for log_filter in handler.filters:
        if hasattr(log_filter, "last_sent"):
            log_filter.last_sent.clear()


def request_lines(stream):
    return [m for line in stream.getvalue().splitlines() if (m := LINE.match(line))]


@pytest.mark.django_db
def test_a_request_yields_one_line_with_id_status_duration_and_truncated_address(
    client, home_page, log_output
):
    response = client.get("/de/", REMOTE_ADDR=VISITOR)

    assert response.status_code == 200
    lines = log_output.getvalue().splitlines()
    assert len(lines) == 1, lines
    line = LINE.match(lines[0])
    assert line, lines[0]
    assert line["id"] == response["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", line["id"])
    assert (line["level"], line["method"], line["path"], line["status"]) == (
        "INFO",
        "GET",
        "/de/",
        "200",
    )
    assert int(line["ms"]) >= 0
    assert line["client"] == "203.0.113.0/24"
    assert VISITOR not in log_output.getvalue()


@pytest.mark.django_db
def test_every_request_gets_its_own_id(client, home_page, log_output):
    first = client.get("/de/", REMOTE_ADDR=VISITOR)["X-Request-ID"]
    second = client.get("/de/", REMOTE_ADDR=VISITOR)["X-Request-ID"]

    assert first != second
    assert [line["id"] for line in request_lines(log_output)] == [first, second]


@pytest.mark.django_db
def test_the_query_string_is_never_logged(client, home_page, log_output):
    response = client.get("/de/suche/?q=Aylin+Demir+Anzeige", REMOTE_ADDR=VISITOR)

    assert response.status_code == 200
    (line,) = request_lines(log_output)
    assert line["path"] == "/de/suche/"
    assert "Aylin" not in log_output.getvalue()


@pytest.mark.django_db
def test_a_draft_links_token_is_not_logged(client, log_output):
    client.get("/entwurf/geheimes-token-123/", REMOTE_ADDR=VISITOR)

    (line,) = request_lines(log_output)
    assert line["path"] == "/entwurf/…"
    assert "geheimes" not in log_output.getvalue()


@pytest.mark.django_db
def test_a_404_is_one_warning_line(client, home_page, log_output):
    client.get("/de/gibt-es-nicht/", REMOTE_ADDR=VISITOR)

    lines = log_output.getvalue().splitlines()
    assert len(lines) == 1, lines
    line = LINE.match(lines[0])
    assert (line["level"], line["status"]) == ("WARNING", "404")


@pytest.mark.django_db
@override_settings(CLIENT_IP_META_KEY="HTTP_X_REAL_IP")
def test_a_trusted_proxy_gives_the_id_and_the_address(client, home_page, log_output):
    response = client.get(
        "/de/",
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_REAL_IP=VISITOR_V6,
        HTTP_X_REQUEST_ID="0f3c9a7be21d4c55a1b2c3d4e5f60718",
    )

    assert response["X-Request-ID"] == "0f3c9a7be21d4c55a1b2c3d4e5f60718"
    (line,) = request_lines(log_output)
    assert line["id"] == "0f3c9a7be21d4c55a1b2c3d4e5f60718"
    assert line["client"] == "2001:db8:1234::/48"
    assert "5678" not in log_output.getvalue()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("remote", "sent"),
    [
        (VISITOR, "chosen-by-the-client"),  # not from a trusted proxy
        ("127.0.0.1", "forged\n2026-01-01 INFO security.requestlog [x] GET / 200"),
        ("127.0.0.1", "x" * 65),
    ],
)
def test_an_untrusted_or_malformed_id_is_replaced(client, home_page, log_output, remote, sent):
    response = client.get("/de/", REMOTE_ADDR=remote, HTTP_X_REQUEST_ID=sent)

    assert response["X-Request-ID"] != sent
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])
    assert len(log_output.getvalue().splitlines()) == 1
    assert "forged" not in log_output.getvalue()


@pytest.mark.django_db
def test_a_form_posts_values_are_not_logged(contact_form, log_output):  # noqa: F811
    client = Client(enforce_csrf_checks=False)
    data = valid_data(
        ihr_name="Aylin Demir",
        ihre_e_mail_adresse="aylin.demir@example.org",
        ihre_nachricht="Mein Nachbar heißt Kowalski",
    )

    response = client.post(contact_form.url, data, REMOTE_ADDR=VISITOR)

    assert response.status_code == 200
    assert mail.outbox  # the submission went through
    text = log_output.getvalue()
    (line,) = request_lines(log_output)
    assert (line["method"], line["status"]) == ("POST", "200")
    for value in ("Aylin", "aylin.demir", "Kowalski", VISITOR):
        assert value not in text


@pytest.mark.django_db
@override_settings(
    ROOT_URLCONF="tests.security.error_urls",
    ADMINS=[("Betrieb", "betrieb@example.org")],
)
def test_an_error_is_logged_with_traceback_and_mailed_to_the_admins(home_page, log_output):
    visitor = Client(raise_request_exception=False)

    response = visitor.post("/kaputt/?q=Aylin", {"nachricht": "Kowalski"}, REMOTE_ADDR=VISITOR)

    assert response.status_code == 500
    request_id = response["X-Request-ID"]
    text = log_output.getvalue()
    assert f"[{request_id}] Internal Server Error: /kaputt/" in text
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: the drill's planned failure" in text
    (line,) = request_lines(log_output)
    assert (line["id"], line["level"], line["status"]) == (request_id, "ERROR", "500")

    (message,) = mail.outbox
    assert message.to == ["betrieb@example.org"]
    assert "Internal Server Error: /kaputt/" in message.subject
    assert f"Request ID: {request_id}" in message.body
    assert "Traceback (most recent call last)" in message.body
    assert "the drill's planned failure" in message.body
    for value in ("Aylin", "Kowalski", VISITOR):
        assert value not in message.body
        assert value not in text


@pytest.mark.django_db
@override_settings(
    ROOT_URLCONF="tests.security.error_urls",
    ADMINS=[("Betrieb", "betrieb@example.org")],
)
def test_the_same_error_again_is_logged_but_not_mailed_again(home_page, log_output):
    visitor = Client(raise_request_exception=False)

    ids = [visitor.get("/kaputt/")["X-Request-ID"] for _ in range(3)]

    assert len(mail.outbox) == 1
    assert ids[0] in mail.outbox[0].body
    assert log_output.getvalue().count("RuntimeError: the drill's planned failure") == 3


@pytest.mark.django_db
@override_settings(ROOT_URLCONF="tests.security.error_urls", ADMINS=[])
def test_without_admins_an_error_mails_nobody(home_page, log_output):
    Client(raise_request_exception=False).get("/kaputt/")

    assert mail.outbox == []
    assert "Traceback" in log_output.getvalue()


@override_settings(ADMINS=[("Betrieb", "betrieb@example.org")])
def test_a_probes_503_is_no_error_line_and_no_mail(database_down, log_output):  # noqa: F811
    response = Client(raise_request_exception=False).get("/readyz", REMOTE_ADDR=VISITOR)

    assert response.status_code == 503
    lines = [line for line in log_output.getvalue().splitlines() if " ERROR " in line]
    assert lines == []
    (line,) = request_lines(log_output)
    assert (line["level"], line["path"], line["status"]) == ("WARNING", "/readyz", "503")
    assert mail.outbox == []
