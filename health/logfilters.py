"""Logging filters for settings.LOGGING."""

import logging

PROBE_URL_NAMES = {"healthz", "readyz"}


class ProbeFilter(logging.Filter):
    """Drops django.request's record of a probe's 503: Django logs every 5xx response as
    an error (and mails it to the admins), but a "not ready" answer is the probe's job, and a
    load balancer asks every few seconds. Other errors of the probes are still logged."""

    def filter(self, record):
        match = getattr(getattr(record, "request", None), "resolver_match", None)
        is_probe = match is not None and match.url_name in PROBE_URL_NAMES
        return not (is_probe and getattr(record, "status_code", None) == 503)
