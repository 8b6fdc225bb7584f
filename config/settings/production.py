"""Production: refuses to start without a secret key and explicit allowed hosts; HTTPS only,
with HSTS and Secure cookies; two-factor login for the admin. `manage.py check --deploy` with
these settings reports nothing but the checks silenced below (tests/test_production_settings.py)."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, SECRET_KEY, env_bool, env_list

DEBUG = False
IS_PRODUCTION = True  # e.g. load_demo_content refuses to run

if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")
if not os.environ.get("ALLOWED_HOSTS") or not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in the environment for production.")

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)

SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# HTTPS. Behind a TLS-terminating proxy, SECURE_PROXY_SSL_HEADER names the header that says
# the original request was HTTPS, as "HEADER,value", e.g. "HTTP_X_FORWARDED_PROTO,https". Set it
# only if the proxy always sets (or strips) that header, or any client could claim HTTPS.
_proxy_ssl_header = env_list("SECURE_PROXY_SSL_HEADER")
if _proxy_ssl_header:
    if len(_proxy_ssl_header) != 2:
        raise ImproperlyConfigured('SECURE_PROXY_SSL_HEADER must be "HEADER,value".')
    SECURE_PROXY_SSL_HEADER = tuple(_proxy_ssl_header)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# A load balancer probes the web process over plain HTTP: no redirect for its two URLs.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
# X-Content-Type-Options: nosniff and Referrer-Policy: same-origin are Django's defaults
# (SECURE_CONTENT_TYPE_NOSNIFF, SECURE_REFERRER_POLICY); Permissions-Policy comes from
# base.PERMISSIONS_POLICY. Kept explicit here, where an operator looks for them.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

SILENCED_SYSTEM_CHECKS = [
    # HSTS preload (security.W021): entering the domain into the browsers' preload list is
    # hard to undo and is the authority's decision (SECURE_HSTS_PRELOAD=true once decided).
    "security.W021",
    # X_FRAME_OPTIONS is SAMEORIGIN, not DENY (security.W019): the Wagtail admin shows its
    # preview of a page in a frame of the same site (CSP frame-ancestors 'self' likewise).
    "security.W019",
]

# Every admin user needs the second factor (README "Quality gates"); off only for an
# emergency, e.g. ADMIN_2FA_REQUIRED=false while an administrator resets devices.
ADMIN_2FA_REQUIRED = env_bool("ADMIN_2FA_REQUIRED", True)
