"""The visitor's address as the reverse proxy reports it (CLIENT_IP_META_KEY), for django-axes
and django-ratelimit alike, so both count the same client."""

import ipaddress

from django.conf import settings


def client_ip(request):
    """The address in the configured proxy header (its last entry, the one our proxy added),
    or REMOTE_ADDR where no header is configured or it holds no valid address."""
    key = getattr(settings, "CLIENT_IP_META_KEY", None)
    if isinstance(key, str) and key:
        value = request.META.get(key, "").split(",")[-1].strip()
        try:
            return str(ipaddress.ip_address(value))
        except ValueError:
            pass
    return request.META.get("REMOTE_ADDR")
