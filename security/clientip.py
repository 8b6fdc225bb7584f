"""The visitor's address as the reverse proxy reports it (CLIENT_IP_META_KEY), for django-axes
and django-ratelimit alike, so both count the same client. The header is believed only when
the request comes from a trusted proxy (TRUSTED_PROXIES): a client that talks to the server
directly could write any address into it."""

import ipaddress

from django.conf import settings


def _networks():
    return [ipaddress.ip_network(entry, strict=False) for entry in settings.TRUSTED_PROXIES]


def _is_trusted(address, networks):
    return any(address in network for network in networks)


def client_ip(request):
    """REMOTE_ADDR, unless it is a trusted proxy: then the header's last entry that is not
    itself a trusted proxy (the address our proxy saw). REMOTE_ADDR where the header is not
    configured, missing or holds no valid address."""
    remote = request.META.get("REMOTE_ADDR")
    key = getattr(settings, "CLIENT_IP_META_KEY", None)
    if not (isinstance(key, str) and key) or not remote:
        return remote
    networks = _networks()
    try:
        if not _is_trusted(ipaddress.ip_address(remote), networks):
            return remote
        entries = [entry.strip() for entry in request.META.get(key, "").split(",")]
        addresses = [ipaddress.ip_address(entry) for entry in reversed(entries) if entry]
    except ValueError:
        return remote
    for address in addresses:
        if not _is_trusted(address, networks):
            return str(address)
    return str(addresses[-1]) if addresses else remote


def from_trusted_proxy(request):
    """Whether the request reached us from one of TRUSTED_PROXIES (its REMOTE_ADDR), so that
    the headers the proxy sets (the client address, X-Request-ID) can be believed."""
    try:
        return _is_trusted(ipaddress.ip_address(request.META.get("REMOTE_ADDR", "")), _networks())
    except ValueError:
        return False
