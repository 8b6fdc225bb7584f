#!/usr/bin/env bash
# The production stack on loopback: nginx (TLS) -> Varnish -> two gunicorn app servers ->
# SQLite or PostgreSQL, and Redis for the shared cache (README "Production stack").
#
#   site/stack.sh start    migrate, set up, load the demo, collect static, start, wait for /readyz
#   site/stack.sh stop     stop exactly the processes whose PIDs start recorded in the run dir
#   site/stack.sh status   which of them run, and the URLs
#   site/stack.sh manage ARGS   manage.py ARGS with the stack's environment (settings, database)
#   site/stack.sh render-site   print site/nginx-site.conf filled for a real server
#
# Everything the stack writes stays in its run dir STACK_DIR (test-artifacts/stack/): the
# filled configs, the self-signed certificate, the secret key, the SQLite database, media,
# static files, PIDs and logs. Ports and the rest come from the environment (README).
set -euo pipefail

SITE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(dirname "$SITE_DIR")"
cd "$REPO"

RUN_DIR="${STACK_DIR:-$REPO/test-artifacts/stack}"
mkdir -p "$RUN_DIR"
RUN_DIR="$(cd "$RUN_DIR" && pwd)"
LOGS="$RUN_DIR/logs"
HTTPS_PORT="${STACK_HTTPS_PORT:-8443}"
HTTP_PORT="${STACK_HTTP_PORT:-8080}"
VARNISH_PORT="${STACK_VARNISH_PORT:-6081}"
VARNISH_ADMIN_PORT="${STACK_VARNISH_ADMIN_PORT:-6082}"
read -r -a APP_PORTS <<<"${STACK_APP_PORTS:-8101 8102}"
REDIS_PORT=6379
TIMEOUT="${STACK_TIMEOUT:-90}"
PY="$REPO/.venv/bin/python"

say() { printf 'stack: %s\n' "$*"; }
# A start that fails stops what it had started (the logs stay).
die() {
    printf 'stack: %s\n' "$*" >&2
    if [ "${STARTING:-0}" = 1 ]; then
        STARTING=0
        stop_stack >&2
    fi
    exit 1
}

# --- the environment of the app servers (production settings) ---------------------------

app_environment() {
    if [ -z "${SECRET_KEY:-}" ]; then
        [ -s "$RUN_DIR/secret_key" ] || (umask 077 && "$PY" -c \
            "import secrets; print(secrets.token_urlsafe(50))" >"$RUN_DIR/secret_key")
        SECRET_KEY="$(cat "$RUN_DIR/secret_key")"
    fi
    export SECRET_KEY
    export DJANGO_SETTINGS_MODULE=config.settings.production
    export ALLOWED_HOSTS="${ALLOWED_HOSTS:-127.0.0.1,localhost}"
    export CSRF_TRUSTED_ORIGINS="${CSRF_TRUSTED_ORIGINS:-https://127.0.0.1:$HTTPS_PORT,https://localhost:$HTTPS_PORT}"
    export SECURE_PROXY_SSL_HEADER="HTTP_X_FORWARDED_PROTO,https"
    export CLIENT_IP_META_KEY="${CLIENT_IP_META_KEY:-HTTP_X_REAL_IP}"
    export CACHE_URL="${CACHE_URL:-redis://127.0.0.1:$REDIS_PORT/${STACK_REDIS_DB:-2}}"
    export CACHE_KEY_PREFIX="${CACHE_KEY_PREFIX:-stack-$HTTPS_PORT}"
    export SESSION_ENGINE="${SESSION_ENGINE:-django.contrib.sessions.backends.cached_db}"
    export DATABASE_URL="${DATABASE_URL:-sqlite:///$RUN_DIR/db.sqlite3}"
    export MEDIA_ROOT="${MEDIA_ROOT:-$RUN_DIR/media}"
    export STATIC_ROOT="${STATIC_ROOT:-$RUN_DIR/static}"
    export SITE_HOSTNAME="${SITE_HOSTNAME:-127.0.0.1}"
    export SITE_PORT="${SITE_PORT:-$HTTPS_PORT}"
    export WAGTAILADMIN_BASE_URL="${WAGTAILADMIN_BASE_URL:-https://127.0.0.1:$HTTPS_PORT}"
    # Mails of the workflow go to the app servers' logs, never to a real address.
    export EMAIL_BACKEND="${EMAIL_BACKEND:-django.core.mail.backends.console.EmailBackend}"
    # Every publication purges what it changed from this stack's Varnish (home/purge.py).
    export FRONTEND_CACHE_URLS="${FRONTEND_CACHE_URLS:-http://127.0.0.1:$VARNISH_PORT}"
    # For `site/stack.sh manage`: the same environment for commands against this stack.
    local name
    (
        umask 077
        for name in SECRET_KEY DJANGO_SETTINGS_MODULE ALLOWED_HOSTS CSRF_TRUSTED_ORIGINS \
            SECURE_PROXY_SSL_HEADER CLIENT_IP_META_KEY CACHE_URL CACHE_KEY_PREFIX SESSION_ENGINE \
            DATABASE_URL MEDIA_ROOT STATIC_ROOT SITE_HOSTNAME SITE_PORT WAGTAILADMIN_BASE_URL \
            EMAIL_BACKEND ADMIN_2FA_REQUIRED FORM_RATE_LIMIT AXES_FAILURE_LIMIT \
            AXES_ADDRESS_FAILURE_LIMIT FRONTEND_CACHE_URLS; do
            [ -z "${!name+set}" ] || printf 'export %s=%q\n' "$name" "${!name}"
        done
    ) >"$RUN_DIR/app.env"
}

# --- process bookkeeping -----------------------------------------------------------------

# The PID in a pid file if that process still runs and is the program named (a PID the
# system gave to another program after ours ended is never touched).
running_pid() {
    local file="$1" program="$2" pid
    [ -s "$file" ] || return 1
    pid="$(tr -dc '0-9' <"$file")"
    [ -n "$pid" ] && alive_pid "$pid" || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "$program" || return 1
    echo "$pid"
}

# Whether a process still runs: an ended one whose parent never reaps it (a zombie, when
# the started processes were handed to an init that does not reap) counts as ended.
alive_pid() {
    local stat
    stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
    stat="${stat##*) }" # the state follows the command name in parentheses
    [ "${stat:0:1}" != Z ]
}

# pid file : program name in its command line, for every process start records.
components() {
    local port
    echo "$RUN_DIR/nginx.pid:nginx"
    echo "$RUN_DIR/varnish.pid:varnishd"
    # The app servers of the last start (its ports are recorded), else of this environment.
    local ports=("${APP_PORTS[@]}")
    [ -s "$RUN_DIR/app-ports" ] && read -r -a ports <"$RUN_DIR/app-ports"
    for port in "${ports[@]}"; do echo "$RUN_DIR/gunicorn-$port.pid:gunicorn"; done
    echo "$RUN_DIR/redis.pid:redis-server"
    echo "$RUN_DIR/postgres.pid:postgres"
}

stop_stack() {
    local entry file program pid signal pids=()
    for entry in $(components); do
        file="${entry%%:*}" program="${entry##*:}"
        if pid="$(running_pid "$file" "$program")"; then
            # gunicorn's TERM waits for its workers' graceful timeout; QUIT ends them at once.
            if [ "$program" = gunicorn ]; then signal=QUIT; else signal=TERM; fi
            # Its workers too (children of the recorded PID), so none outlives a late KILL.
            pids+=("$pid" $(cat /proc/"$pid"/task/*/children 2>/dev/null || true))
            kill -"$signal" "$pid" 2>/dev/null || true
        fi
    done
    local deadline=$((SECONDS + 20))
    while [ "$SECONDS" -lt "$deadline" ]; do
        local alive=0
        for pid in "${pids[@]}"; do
            if alive_pid "$pid"; then alive=1; fi
        done
        [ "$alive" = 0 ] && break
        sleep 0.1
    done
    for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    for entry in $(components); do rm -f "${entry%%:*}"; done
    say "stopped ${#pids[@]} processes (${pids[*]:-none})"
}

status_stack() {
    local entry file program pid down=0
    for entry in $(components); do
        file="${entry%%:*}" program="${entry##*:}"
        case "$program" in redis-server | postgres) [ -e "$file" ] || continue ;; esac
        if pid="$(running_pid "$file" "$program")"; then
            say "$(basename "$file" .pid): running (pid $pid)"
        else
            say "$(basename "$file" .pid): not running"
            down=1
        fi
    done
    say "https://127.0.0.1:$HTTPS_PORT/ (nginx), http://127.0.0.1:$HTTP_PORT/ (redirect), \
Varnish 127.0.0.1:$VARNISH_PORT, app servers ${APP_PORTS[*]}"
    return "$down"
}

# --- configuration files -----------------------------------------------------------------

max_body() {
    local image="${IMAGE_MAX_UPLOAD_MB:-15}" document="${DOCUMENT_MAX_UPLOAD_MB:-50}"
    # The multipart form around the file needs a little more than the file.
    echo "$(((image > document ? image : document) + 1))m"
}

# site/nginx-site.conf with its placeholders filled (for the stack, or for a real server).
render_site() {
    local server_name="$1" http_listen="$2" https_listen="$3" https_suffix="$4" cert="$5" \
        key="$6" static_root="$7" varnish="$8" access_log="$9"
    sed -e "s|@SERVER_NAME@|$server_name|g" -e "s|@HTTP_LISTEN@|$http_listen|g" \
        -e "s|@HTTPS_LISTEN@|$https_listen|g" -e "s|@HTTPS_SUFFIX@|$https_suffix|g" \
        -e "s|@TLS_CERT@|$cert|g" -e "s|@TLS_KEY@|$key|g" -e "s|@STATIC_ROOT@|$static_root|g" \
        -e "s|@VARNISH@|$varnish|g" -e "s|@ACCESS_LOG@|$access_log|g" \
        -e "s|@MAX_BODY@|$(max_body)|g" -e "s|@SITE_DIR@|$SITE_DIR|g" "$SITE_DIR/nginx-site.conf"
}

write_configs() {
    mkdir -p "$LOGS" "$RUN_DIR/nginx-tmp" "$RUN_DIR/varnish"
    if [ ! -s "$RUN_DIR/tls.crt" ]; then
        openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=127.0.0.1" \
            -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
            -keyout "$RUN_DIR/tls.key" -out "$RUN_DIR/tls.crt" 2>"$LOGS/openssl.log" \
            || die "openssl could not create the certificate: $LOGS/openssl.log"
        chmod 600 "$RUN_DIR/tls.key"
    fi
    sed -e "s|@RUN_DIR@|$RUN_DIR|g" -e "s|@USER@|$(id -un)|g" "$SITE_DIR/nginx.conf" >"$RUN_DIR/nginx.conf"
    render_site "127.0.0.1 localhost" "127.0.0.1:$HTTP_PORT" "127.0.0.1:$HTTPS_PORT" \
        ":$HTTPS_PORT" "$RUN_DIR/tls.crt" "$RUN_DIR/tls.key" "$STATIC_ROOT" \
        "127.0.0.1:$VARNISH_PORT" "$LOGS/nginx-access.log" >"$RUN_DIR/nginx-site.conf"
    # The backends of site/varnish.vcl: this stack's app servers, probed with a Host the
    # production settings allow.
    sed -e "s|polizei-beirat.example.org|127.0.0.1|" \
        -e "s|\"8001\"|\"${APP_PORTS[0]}\"|" -e "s|\"8002\"|\"${APP_PORTS[1]}\"|" \
        "$SITE_DIR/varnish-backends.vcl" >"$RUN_DIR/backends.vcl"
}

# --- services this stack needs but may find running ----------------------------------------

port_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

ensure_redis() {
    if port_answers "$REDIS_PORT"; then
        say "Redis answers on 127.0.0.1:$REDIS_PORT; using it"
    else
        say "starting Redis on 127.0.0.1:$REDIS_PORT"
        redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes \
            --pidfile "$RUN_DIR/redis.pid" --dir "$RUN_DIR" --save "" --appendonly no \
            --logfile "$LOGS/redis.log" || die "Redis did not start: $LOGS/redis.log"
        for _ in $(seq 1 50); do port_answers "$REDIS_PORT" && break; sleep 0.1; done
    fi
    # A fresh cache for this stack: no rate-limit counts or pages of an earlier run.
    "$PY" -c "import redis, sys; redis.Redis.from_url(sys.argv[1]).flushdb()" "$CACHE_URL" \
        || die "cannot reach the cache $CACHE_URL"
}

ensure_postgres() {
    case "$DATABASE_URL" in postgres://* | postgresql://*) ;; *) return 0 ;; esac
    local hostport host port
    hostport="$(sed -E 's|^[a-z]+://([^@/]*@)?([^/?]*).*|\2|' <<<"$DATABASE_URL")"
    host="${hostport%%:*}" port="${hostport##*:}"
    [ "$port" = "$hostport" ] && port=5432
    pg_isready -h "${host:-127.0.0.1}" -p "$port" -q && return 0
    case "${host:-127.0.0.1}" in 127.0.0.1 | localhost) ;; *) die "PostgreSQL at $hostport is down" ;; esac
    say "starting PostgreSQL"
    local version
    version="$(ls /etc/postgresql | head -n1)"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start \
        || die "PostgreSQL did not start (pg_ctlcluster $version main start)"
    head -n1 "/var/lib/postgresql/$version/main/postmaster.pid" >"$RUN_DIR/postgres.pid"
    for _ in $(seq 1 30); do pg_isready -h "$host" -p "$port" -q && return 0; sleep 1; done
    die "PostgreSQL did not become ready"
}

# --- start ---------------------------------------------------------------------------------

# Django commands in one interpreter (each start of Django costs seconds on a busy machine).
commands() {
    local settings="$1" started=$SECONDS
    shift
    DJANGO_SETTINGS_MODULE="$settings" "$PY" -c '
import sys
import django
django.setup()
from django.core.management import call_command
for command in sys.argv[1:]:
    print(f"== manage.py {command}", flush=True)
    call_command(*command.split())
' "$@" >>"$LOGS/setup.log" 2>&1 || die "manage.py $* failed ($settings): $LOGS/setup.log"
    echo "== $*: $((SECONDS - started))s" >>"$LOGS/setup.log"
}

# collectstatic only when a source of the static files changed since the last run: it
# compresses every file again, which takes a minute on a busy machine.
static_is_current() {
    local manifest="$STATIC_ROOT/staticfiles.json"
    [ -s "$manifest" ] || return 1
    [ -z "$(find static node_modules/@kern-ux/native/dist node_modules/@fontsource/noto-sans-arabic/files \
        .venv/.installed requirements.txt -newer "$manifest" -print -quit 2>/dev/null)" ]
}

prepare_site() {
    : >"$LOGS/setup.log"
    local steps=("migrate --no-input --verbosity 0" setup_site setup_editorial)
    if static_is_current; then
        say "static files are current ($STATIC_ROOT)"
    else
        steps+=("collectstatic --no-input --verbosity 0")
    fi
    say "${steps[*]}"
    commands config.settings.production "${steps[@]}"
    if [ "${STACK_DEMO:-1}" != 0 ]; then
        say "loading the demo content (dev settings; STACK_DEMO=0 skips it)"
        commands config.settings.dev load_demo_content
    fi
}

wait_for() {
    local what="$1" log="$2" deadline=$((SECONDS + TIMEOUT))
    shift 2
    until "$@" >/dev/null 2>&1; do
        if [ "$SECONDS" -ge "$deadline" ]; then
            die "$what did not become ready within ${TIMEOUT}s; see $log (all logs: $LOGS/)"
        fi
        sleep 0.2
    done
}

start_stack() {
    if status_stack >/dev/null 2>&1; then
        say "already running"
        status_stack
        return 0
    fi
    stop_stack >/dev/null # leftovers of a stack that half ran
    STARTING=1
    local started=$SECONDS port
    app_environment
    mkdir -p "$LOGS" "$MEDIA_ROOT"
    command -v nginx >/dev/null || die "nginx is missing (apt-get install nginx)"
    command -v varnishd >/dev/null || die "varnishd is missing (apt-get install varnish)"
    for port in "$HTTPS_PORT" "$HTTP_PORT" "$VARNISH_PORT" "$VARNISH_ADMIN_PORT" "${APP_PORTS[@]}"; do
        if port_answers "$port"; then die "port $port is taken (STACK_*_PORT chooses others)"; fi
    done
    ensure_redis
    ensure_postgres
    prepare_site
    write_configs

    echo "${APP_PORTS[*]}" >"$RUN_DIR/app-ports"
    for port in "${APP_PORTS[@]}"; do
        say "gunicorn on 127.0.0.1:$port"
        GUNICORN_BIND="127.0.0.1:$port" GUNICORN_PIDFILE="$RUN_DIR/gunicorn-$port.pid" \
            GUNICORN_NAME="polizei-beirat-$port" \
            setsid "$REPO/.venv/bin/gunicorn" -c "$SITE_DIR/gunicorn.conf.py" \
            >>"$LOGS/gunicorn-$port.log" 2>&1 </dev/null &
    done
    for port in "${APP_PORTS[@]}"; do
        wait_for "gunicorn on $port" "$LOGS/gunicorn-$port.log" \
            curl -sf -H "Host: 127.0.0.1" "http://127.0.0.1:$port/healthz"
    done

    say "varnish on 127.0.0.1:$VARNISH_PORT"
    # -j none: the cache process keeps this user, so it can read the run dir.
    varnishd -j none -n "$RUN_DIR/varnish" -a "127.0.0.1:$VARNISH_PORT" \
        -T "127.0.0.1:$VARNISH_ADMIN_PORT" -P "$RUN_DIR/varnish.pid" \
        -p "vcl_path=$RUN_DIR:$SITE_DIR" -f "$SITE_DIR/varnish.vcl" \
        -s "malloc,${STACK_VARNISH_MEMORY:-256m}" >>"$LOGS/varnish.log" 2>&1 \
        || die "varnishd did not start: $LOGS/varnish.log"

    say "nginx on https://127.0.0.1:$HTTPS_PORT and http://127.0.0.1:$HTTP_PORT"
    nginx -p "$RUN_DIR" -c "$RUN_DIR/nginx.conf" -e "$LOGS/nginx-error.log" \
        >>"$LOGS/nginx-error.log" 2>&1 || die "nginx did not start: $LOGS/nginx-error.log"

    wait_for "the stack (/readyz through nginx)" "$LOGS/" \
        curl -skf "https://127.0.0.1:$HTTPS_PORT/readyz"
    STARTING=0
    say "ready after $((SECONDS - started))s: https://127.0.0.1:$HTTPS_PORT/"
}

case "${1:-}" in
    start) start_stack ;;
    stop) stop_stack ;;
    status) status_stack ;;
    manage)
        # manage.py with the environment of the running stack (its database, media, cache).
        [ -s "$RUN_DIR/app.env" ] || die "no stack in $RUN_DIR (site/stack.sh start first)"
        shift
        # shellcheck source=/dev/null
        . "$RUN_DIR/app.env"
        exec "$PY" manage.py "$@"
        ;;
    render-site)
        name="${SITE_HOSTNAME:?SITE_HOSTNAME names the server}"
        render_site "$name" "80" "443" "" "${TLS_CERT:-/etc/letsencrypt/live/$name/fullchain.pem}" \
            "${TLS_KEY:-/etc/letsencrypt/live/$name/privkey.pem}" \
            "${STATIC_ROOT:-/srv/polizei-beirat/staticfiles}" "127.0.0.1:${VARNISH_PORT}" \
            "/var/log/nginx/polizei-beirat.access.log"
        ;;
    *) die "usage: site/stack.sh start|stop|status|manage ARGS|render-site" ;;
esac
