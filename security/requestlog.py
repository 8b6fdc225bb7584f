"""One log line per request, without personal data (README "Logs").

`RequestLogMiddleware` (first in MIDDLEWARE) gives every request an id — the reverse proxy's
`X-Request-ID` when the request comes from a trusted proxy (TRUSTED_PROXIES), else a new one —
sends it back as `X-Request-ID` and logs, to the logger `security.requestlog`:

    INFO security.requestlog [<id>] GET /de/aktuelles/ 200 12ms client=192.0.2.0/24

The path never carries the query string (search terms can be personal) and the secret part of
a draft link or password reset is cut; the client address is truncated to its /24 (IPv4) or
/48 (IPv6) network; form contents are never logged. `RequestIdFilter` stamps the id on every
other record of the request (an error's traceback included), and `PrivateExceptionReporter`
writes the e-mail to ADMINS without the request's data (GET, POST, cookies, headers, address),
only its id, method and path beside the traceback."""

import contextvars
import ipaddress
import logging
import re
import time
import uuid
from urllib.parse import quote

from django.conf import settings
from django.views.debug import ExceptionReporter

from .clientip import client_ip, from_trusted_proxy

logger = logging.getLogger(__name__)

HEADER = "X-Request-ID"
# What a proxy's id may look like (nginx's $request_id is 32 hex digits): anything else, e.g.
# a line break written into the header to forge a log line, gets a new id instead.
VALID_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
# URL prefixes whose rest is a secret (a signed draft-link token, a password-reset token):
# logged as the prefix and "…".
SECRET_PATH_PREFIXES = ("/admin/password_reset/confirm/",)
# Probes (health.logfilters) ask every few seconds; their "not ready" is no error.
PROBE_PATHS = {"/healthz", "/readyz"}

_current_id = contextvars.ContextVar("request_id", default="-")


def request_id(request):
    """The proxy's X-Request-ID if a trusted proxy sent a well-formed one, else a new id."""
    sent = request.META.get("HTTP_X_REQUEST_ID", "")
    if sent and VALID_ID.fullmatch(sent) and from_trusted_proxy(request):
        return sent
    return uuid.uuid4().hex


def truncated_address(address):
    """The network of an address: IPv4 /24, IPv6 /48 (an IPv4-mapped address as IPv4); "-"
    for none or a value that is no address."""
    try:
        ip = ipaddress.ip_address(address or "")
    except ValueError:
        return "-"
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    prefix = 24 if ip.version == 4 else 48
    return str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False))


def loggable_path(path):
    """The path without its secret part, percent-encoded so that no character of it (a
    decoded line break, a space) can break the line."""
    for prefix in (settings.DRAFT_LINK_PATH, *SECRET_PATH_PREFIXES):
        if path.startswith(prefix) and len(path) > len(prefix):
            return prefix + "…"
    return quote(path, safe="/:@!$&'()*+,;=-._~%")


def level_of(path, status):
    """ERROR for a 5xx, WARNING for a 4xx and for a probe's "not ready" (no error: the
    probe's job), else INFO."""
    if status >= 500 and not (status == 503 and path in PROBE_PATHS):
        return logging.ERROR
    if status >= 400:
        return logging.WARNING
    return logging.INFO


class RequestLogMiddleware:
    """Assigns the request id, returns it in X-Request-ID and logs the request's line."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        request.request_id = request_id(request)
        token = _current_id.set(request.request_id)
        try:
            response = self.get_response(request)
            response.headers[HEADER] = request.request_id
            duration = (time.perf_counter() - started) * 1000
            logger.log(
                level_of(request.path_info, response.status_code),
                "%s %s %s %dms client=%s",
                request.method,
                loggable_path(request.path_info),
                response.status_code,
                round(duration),
                truncated_address(client_ip(request)),
            )
            return response
        finally:
            _current_id.reset(token)


class RequestIdFilter(logging.Filter):
    """Puts the current request's id on every record as `request_id` ("-" outside a
    request), so the log formats can name it."""

    def filter(self, record):
        request = getattr(record, "request", None)
        record.request_id = getattr(request, "request_id", None) or _current_id.get()
        return True


class MailThrottleFilter(logging.Filter):
    """At most one error e-mail per kind of error and MAIL_INTERVAL seconds in each process:
    while the database is down every request fails the same way, and the admins need one mail,
    not thousands. A kind is the logger, the message and the exception's type and origin (the
    innermost frame), so two different faults are mailed each. The log keeps every record."""

    MAIL_INTERVAL = 300

    def __init__(self):
        super().__init__()
        self.last_sent = {}

    def filter(self, record):
        origin = None
        if record.exc_info and record.exc_info[2] is not None:
            tb = record.exc_info[2]
            while tb.tb_next is not None:
                tb = tb.tb_next
            origin = (record.exc_info[0], tb.tb_frame.f_code.co_filename, tb.tb_lineno)
        kind = (record.name, record.msg, origin)
        now = time.monotonic()
        if now - self.last_sent.get(kind, -self.MAIL_INTERVAL) < self.MAIL_INTERVAL:
            return False
        self.last_sent[kind] = now
        return True


class PrivateExceptionReporter(ExceptionReporter):
    """The traceback for the error e-mail (AdminEmailHandler's reporter_class) without the
    request's data: Django's own report lists GET and POST values (form contents), cookies
    and every header with the client's full address. The request's id, method and path (no
    query string) head the report instead."""

    def __init__(self, request, exc_type, exc_value, tb, is_email=False):
        self.request_line = None
        if request is not None:
            self.request_line = (
                f"Request ID: {getattr(request, 'request_id', '-')}\n"
                f"Request: {request.method} {loggable_path(request.path_info)}\n"
            )
        super().__init__(None, exc_type, exc_value, tb, is_email=is_email)

    def get_traceback_text(self):
        text = super().get_traceback_text()
        return f"{self.request_line}\n{text}" if self.request_line else text

    def get_traceback_html(self):
        # Only the text goes out (AdminEmailHandler's include_html stays off); never the
        # HTML page, which lists the local variables of every frame.
        return ""
