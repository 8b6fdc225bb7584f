"""Gunicorn for one app server of the site (read with `gunicorn -c site/gunicorn.conf.py`).

Sync workers: every request holds one worker, so the timeout below is the hard limit of a
request; nginx and Varnish in front buffer slow clients, so a sync worker never waits for one.
Every value comes from the environment (README "Production stack"), so the systemd unit
gunicorn@.service and site/stack.sh run the same file on their own ports."""

import os

# The WSGI application; DJANGO_SETTINGS_MODULE comes from the environment (production
# settings are config.wsgi's default).
wsgi_app = "config.wsgi:application"

# Loopback only: nginx and Varnish reach it, the world never does.
bind = [os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")]
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
worker_class = "sync"

# A request that takes longer is killed and its worker restarted, so one slow request can never
# hold a worker (search has its own, shorter limit: SEARCH_TIMEOUT_MS).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# A fresh worker now and then, so a slow leak never grows without bound; jittered, so the
# workers of one server do not restart at the same moment.
max_requests = 2000
max_requests_jitter = 200

# nginx writes the access log (with the request id); gunicorn logs only errors, to stderr,
# which systemd's journal or site/stack.sh's log file keeps.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "warning")
# The application is imported once, before the workers fork: they start at once and share
# its memory. (A new release needs a restart, not a HUP; the units restart.)
preload_app = True
pidfile = os.environ.get("GUNICORN_PIDFILE") or None
proc_name = os.environ.get("GUNICORN_NAME", "polizei-beirat")

# No control socket (gunicornc): its default path ($HOME/.gunicorn/gunicorn.ctl) would be one
# for both app servers of a host, each replacing the other's.
control_socket_disable = True

# The proxy addresses whose X-Forwarded-* gunicorn believes; Django decides about the rest
# (SECURE_PROXY_SSL_HEADER, CLIENT_IP_META_KEY with TRUSTED_PROXIES).
forwarded_allow_ips = "127.0.0.1,::1"
