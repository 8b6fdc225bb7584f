"""Settings shared by every environment. Values that differ come from environment variables;
the defaults here are safe for development. DEBUG is off unless dev.py turns it on."""

import datetime
import os
from email.utils import getaddresses
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    """Read a boolean environment variable ("1", "true", "yes", "on" are true)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    """Read a comma-separated environment variable into a list without empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = False
IS_PRODUCTION = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# A form sent without its CSRF cookie: a page in the site frame and the URL's language.
CSRF_FAILURE_VIEW = "home.views.csrf_failure"

INSTALLED_APPS = [
    # Our apps, from the floor up (see README "Layout"). security imports none of them.
    "security",
    "images",
    "partners",
    "home",
    "news",
    "events",
    "prevention",
    "search",
    # The demo content: data files and the commands that load them; imports every app above.
    "demo",
    # Backup and restore for operators; imports every app above, like demo.
    "operations",
    # Wagtail and wagtail-localize.
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # Django.
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # For its German catalogue: Wagtail's admin says "vor 1 Minute" with naturaltime.
    "django.contrib.humanize",
    "csp",
    # Admin hardening: login throttling and two-factor login (README "Quality gates").
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    # The joint approval comes after the Wagtail apps: it replaces wagtail.admin's workflow
    # e-mails, which are connected in that app's ready().
    "editorial",
]

MIDDLEWARE = [
    # First: one log line per request with its id and duration (security.requestlog).
    "security.requestlog.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Compresses what the middleware below produce (static files: WhiteNoise's own variants);
    # only responses without a CSRF token or session (BREACH, security/compression.py).
    "security.compression.PublicGZipMiddleware",
    # An ETag from the content of every page, and 304 to If-None-Match (after the gzip
    # middleware, so the tag is that of the uncompressed body).
    "django.middleware.http.ConditionalGetMiddleware",
    # Cache-Control: public with s-maxage for what every anonymous visitor gets alike,
    # private, no-store for the rest; above the session middleware, whose Vary: Cookie it
    # drops from public responses (home/caching.py).
    "home.caching.CacheHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "home.middleware.UrlLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(); the admin's second factor where ADMIN_2FA_REQUIRED is on.
    "django_otp.middleware.OTPMiddleware",
    "security.middleware.AdminTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "security.middleware.PermissionsPolicyMiddleware",
    # A malformed id in an admin URL is a 404 before Wagtail's views query with it.
    "security.admin_guard.MalformedAdminIdMiddleware",
    "security.middleware.AreaCSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Media that live content shows are read-only for editors (editorial.files.guard).
    "editorial.files.guard.LiveMediaGuardMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite file by default, anything dj-database-url understands via DATABASE_URL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Two editors or approvers writing at the same moment wait for each other instead of
    # failing with "database is locked": write transactions take the lock when they begin
    # (no deadlock on upgrade from a read lock), wait up to 20 s, and WAL lets readers go on.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
else:
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def cache_from_url(url):
    """Django's Redis cache for a redis:// (rediss://, unix://) URL, shared by every process
    and machine that names it; without a URL the local-memory cache, which each process keeps
    for itself (enough for development and tests, not for production: security.checks)."""
    if not url:
        return {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    if not url.startswith(("redis://", "rediss://", "unix://")):
        raise ImproperlyConfigured(f"CACHE_URL {url!r} is no redis://, rediss:// or unix:// URL.")
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            # Two sites on one Redis keep their keys apart by prefix; a new version makes a
            # site's old entries unreachable at once (e.g. after a deploy that changes them).
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", ""),
            "VERSION": int(os.environ.get("CACHE_VERSION", "1")),
        }
    }


# The cache holds the counts of the form and draft-comment rate limits (RATELIMIT_USE_CACHE),
# so every process of a site must share it: CACHE_URL=redis://127.0.0.1:6379/1.
CACHES = cache_from_url(os.environ.get("CACHE_URL", ""))
# Sessions in the database unless configured: they survive a restart of the cache and are
# shared like the database. django.contrib.sessions.backends.cached_db reads them from a
# shared cache first; ...backends.cache keeps them only there (lost when Redis restarts).
SESSION_ENGINE = os.environ.get("SESSION_ENGINE", "django.contrib.sessions.backends.db")

# django-axes first: it refuses a locked-out login before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages (README "Languages"). German is the source language of content and the admin
# default; Wagtail's first Locale is created from LANGUAGE_CODE by its first migration. Each
# language is named in its own script, as a reader looks for it in the switcher. A language
# is switched on for visitors only once its translated HomePage is live (home.locales). The one
# list of the site languages: Wagtail's content languages, the material languages
# (home.languages) and the tests derive from it.
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", "Deutsch"),
    ("en", "English"),
    ("tr", "Türkçe"),
    ("ar", "العربية"),
    ("fa", "فارسی"),
    ("uk", "Українська"),
    ("ru", "Русский"),
    ("pl", "Polski"),
    ("ro", "Română"),
    ("bg", "Български"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin speaks German unless a user picks English in their account settings: our own
# admin strings are translated into German only (English is their message id).
WAGTAILADMIN_PERMITTED_LANGUAGES = [("de", "Deutsch"), ("en", "English")]
# Wagtail's login form with its password field labelled through gettext ("Passwort").
WAGTAILADMIN_USER_LOGIN_FORM = "security.forms.LoginForm"
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True

# Times are stored in UTC and shown in Europe/Berlin.
TIME_ZONE = "Europe/Berlin"
USE_TZ = True

# Static and media files. Whitenoise serves hashed static files; media stays on disk.
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [
    BASE_DIR / "static",
    # The KERN design system's CSS and fonts, installed by npm and served as our own files.
    ("kern", BASE_DIR / "node_modules" / "@kern-ux" / "native" / "dist"),
    ("noto-sans-arabic", BASE_DIR / "node_modules" / "@fontsource" / "noto-sans-arabic" / "files"),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# E-mail: the console in development; production reads SMTP settings from the environment.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "redaktion@localhost")

# Content-Security-Policy (django-csp 4). The public site allows nothing inline and nothing
# from another origin; JSON-LD data blocks need no script-src. The admin gets its own policy
# (security.middleware.AreaCSPMiddleware) because Wagtail's admin still uses inline scripts.
_SELF = "'self'"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [_SELF],
        "script-src": [_SELF],
        "style-src": [_SELF],
        "img-src": [_SELF, "data:"],
        "font-src": [_SELF],
        "media-src": [_SELF],
        "connect-src": [_SELF],
        "object-src": ["'none'"],
        "base-uri": [_SELF],
        "form-action": [_SELF],
        "frame-ancestors": [_SELF],
    }
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [_SELF, "'unsafe-inline'"],
        "style-src": [_SELF, "'unsafe-inline'"],
        "img-src": [_SELF, "data:", "blob:"],
        "media-src": [_SELF, "blob:"],
        "frame-src": [_SELF],
        "worker-src": [_SELF, "blob:"],
    }
}
X_FRAME_OPTIONS = "SAMEORIGIN"
# Browser features no page of the site uses (security.middleware.PermissionsPolicyMiddleware);
# fullscreen stays allowed for the site's own video player.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    "fullscreen": ["self"],
}

# Login throttling (django-axes): after AXES_FAILURE_LIMIT failed logins of one user name from
# one client address, that pair is locked for the cool-off time. Username *and* IP: one police
# NAT must not lock out every editor behind it, and a guessed name cannot lock its owner out
# everywhere. On top, AXES_ADDRESS_FAILURE_LIMIT failed logins from one address under any
# names lock that address (password spraying; security.throttling). Only failed attempts are
# stored (named in the privacy statement).
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_ADDRESS_FAILURE_LIMIT = int(os.environ.get("AXES_ADDRESS_FAILURE_LIMIT", "20"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "30")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_HANDLER = "security.throttling.AddressLimitHandler"
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True
AXES_LOCKOUT_TEMPLATE = "security/lockout.html"
# The client address from the header the reverse proxy sets (CLIENT_IP_META_KEY below), the
# same function the form rate limit uses.
AXES_CLIENT_IP_CALLABLE = "security.clientip.client_ip"

# Two-factor login (django-otp, TOTP): required for every admin user where this is on, which
# production.py does by default. Users without a device set one up at their next login.
ADMIN_2FA_REQUIRED = env_bool("ADMIN_2FA_REQUIRED", False)
OTP_TOTP_ISSUER = "Polizei und Beirat Bad Kreuznach"

# Wagtail.
WAGTAIL_SITE_NAME = "Polizei und Beirat für Migration und Integration Bad Kreuznach"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The public host and port of the default Site, written into the database by `manage.py
# setup_site`: absolute URLs (canonical, hreflang, feeds, sitemap) are built from them. Port
# 443 means https://. Unset: the Site stays as it is (localhost:80 after the first migrate).
SITE_HOSTNAME = os.environ.get("SITE_HOSTNAME", "")
SITE_PORT = int(os.environ.get("SITE_PORT", "443"))
WAGTAILIMAGES_IMAGE_MODEL = "images.CustomImage"
# No third-party requests from the admin either: no Gravatar (it would send a hash of every
# editor's e-mail address abroad) and no check for new Wagtail releases.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILSEARCH_BACKENDS = {
    "default": {
        # Wagtail's database backend, taught the language of a query (search/backends/): the
        # public search matches prefixes and inflected forms in the visitor's language.
        "BACKEND": "search.backends",
        # Queries without a language (the admin) use the unstemmed tokens every object has.
        "SEARCH_CONFIG": "simple",
    }
}
# A public search is cancelled after this long and answered with "try fewer or other words",
# so one request can never hold a worker (search.backends.search_time_limit).
SEARCH_TIMEOUT_MS = int(os.environ.get("SEARCH_TIMEOUT_MS", "2000"))
# PostgreSQL: the text-search configuration each language's content is indexed and searched
# with (`SELECT cfgname FROM pg_ts_config`). Languages missing here (uk, pl, bg, fa: PostgreSQL
# has no stemmer for them) use `simple` plus the prefixes of search.terms. A change needs
# `manage.py update_index`.
SEARCH_LANGUAGE_CONFIGS = {
    "de": "german",
    "en": "english",
    "tr": "turkish",
    "ar": "arabic",
    "ru": "russian",
    "ro": "romanian",
}
# mp4/webm/vtt: self-hosted video with WebVTT captions (home.blocks.VideoBlock).
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "odt",
    "ods",
    "docx",
    "xlsx",
    "pptx",
    "odp",
    "txt",
    "csv",
    "mp4",
    "webm",
    "vtt",
]
# Uploads (security.uploads): documents are checked by their content (magic bytes), not only
# their name, and always served as downloads; images are JPEG, PNG, WebP or AVIF (never SVG,
# which can carry script), with a size and a pixel limit. Rejected files are not stored.
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(os.environ.get("DOCUMENT_MAX_UPLOAD_MB", "50")) * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "security.uploads.DocumentForm"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(os.environ.get("IMAGE_MAX_UPLOAD_MB", "15")) * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = int(os.environ.get("IMAGE_MAX_MEGAPIXELS", "50")) * 1_000_000
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "avif"]
# Refuses a picture whose EXIF/XMP (GPS position) the image model could not remove.
WAGTAILIMAGES_IMAGE_FORM_BASE = "security.uploads.ImageForm"
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# The joint approval (editorial app): an edit during approval voids earlier approvals, and the
# workflow ends by publishing exactly the revision both sides approved. Imported while
# wagtail.models loads, so override_settings cannot change it.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAIL_FINISH_WORKFLOW_ACTION = "editorial.approval.workflows.publish_jointly_approved"
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILADMIN_COMMENTS_ENABLED = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# wagtail-localize: a new translation of a live page must not go live by itself; it has to
# pass the joint approval like German content (docs/architecture.md, "Translations never go around
# it").
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Where draft links for reviewers without an account live (issue 7); robots.txt disallows it.
DRAFT_LINK_PATH = "/entwurf/"

# The cache in front of the site (home/caching.py, home/purge.py). Public responses may be
# kept PUBLIC_CACHE_SECONDS by a shared cache (bounded by the next alert's end) and
# BROWSER_CACHE_SECONDS by a browser, which nothing can purge. Every publish, unpublish,
# withdrawal, move and deletion sends PURGE and BAN requests to each cache in
# FRONTEND_CACHE_URLS (the base URLs of the Varnish servers; empty: no purge).
PUBLIC_CACHE_SECONDS = int(os.environ.get("PUBLIC_CACHE_SECONDS", "86400"))
BROWSER_CACHE_SECONDS = int(os.environ.get("BROWSER_CACHE_SECONDS", "60"))
FRONTEND_CACHE_URLS = env_list("FRONTEND_CACHE_URLS")
# Wagtail would repeat every purged URL under each of the ten language prefixes; home/purge.py
# names the translations that exist itself.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# Forms: where submissions are mailed (language-independent; see README).
FORMS_DEFAULT_RECIPIENT = os.environ.get("FORMS_DEFAULT_RECIPIENT", "")
# Spam protection without a captcha: at most this many submissions per client IP and form
# (django-ratelimit's "<count>/<period>", empty switches it off). The count lives in the
# cache named here (CACHES above; shared only with CACHE_URL), like the draft-comment limit's.
FORM_RATE_LIMIT = os.environ.get("FORM_RATE_LIMIT", "5/10m")
RATELIMIT_USE_CACHE = "default"
# Behind a reverse proxy: the header with the client address, e.g. HTTP_X_REAL_IP. The form
# rate limit and the login throttling both read it through one function, so they count the
# same client (the header's last entry that is no trusted proxy; REMOTE_ADDR without a header).
# The header counts only on requests from TRUSTED_PROXIES (addresses or networks, comma-
# separated; default: a proxy on this host), so a direct client cannot fake its address.
CLIENT_IP_META_KEY = os.environ.get("CLIENT_IP_META_KEY") or None
TRUSTED_PROXIES = [
    entry.strip()
    for entry in os.environ.get("TRUSTED_PROXIES", "127.0.0.1,::1").split(",")
    if entry.strip()
]
RATELIMIT_IP_META_KEY = "security.clientip.client_ip"
# Stored submissions older than this are deleted by `manage.py delete_old_form_submissions`.
FORM_SUBMISSION_RETENTION_DAYS = int(os.environ.get("FORM_SUBMISSION_RETENTION_DAYS", "90"))

# Logs go to stderr (gunicorn's journal), in every environment (README "Logs"):
# - one line per request from security.requestlog at REQUEST_LOG_LEVEL (INFO: every request;
#   WARNING: only 4xx and 5xx), with the request id, method, path without query string, status,
#   duration and the client's truncated address; never form contents;
# - everything else from LOG_LEVEL (WARNING), each record with the id of its request. Django's
#   own "Not Found" warnings are left out (the request line has the status): django.request
#   logs errors only, with their traceback;
# - errors are also mailed to ADMINS ("Name <mail>, ..."), without the request's data
#   (security.requestlog.PrivateExceptionReporter), one per kind of error and 5 minutes in each
#   process (an outage fails every request the same way). A probe's "not ready" (503 from /readyz)
#   is no error to log or mail (health.logfilters).
ADMINS = [
    (name or address, address)
    for name, address in getaddresses([os.environ.get("ADMINS", "")])
    if address
]
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
LOG_LEVEL = os.environ.get("LOG_LEVEL", "WARNING")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "probes": {"()": "health.logfilters.ProbeFilter"},
        "request_id": {"()": "security.requestlog.RequestIdFilter"},
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
        "mail_throttle": {"()": "security.requestlog.MailThrottleFilter"},
    },
    "formatters": {
        "line": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "line",
            "filters": ["request_id"],
        },
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "formatter": "line",
            "filters": ["require_debug_false", "mail_throttle", "request_id"],
            "reporter_class": "security.requestlog.PrivateExceptionReporter",
        },
    },
    "root": {"handlers": ["console", "mail_admins"], "level": LOG_LEVEL},
    "loggers": {
        # Replaces Django's default handlers of "django" (a second mail handler that would
        # send the full request data); its records go to the root's handlers.
        "django": {"handlers": [], "level": LOG_LEVEL, "propagate": True},
        "django.request": {"level": "ERROR", "filters": ["probes"]},
        # runserver's own line per request (with the query string) gives way to ours.
        "django.server": {"level": "ERROR"},
        "security.requestlog": {
            "handlers": ["console"],
            "level": os.environ.get("REQUEST_LOG_LEVEL", "INFO"),
            "propagate": False,
        },
    },
}
