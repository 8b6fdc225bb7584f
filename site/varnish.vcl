# Varnish 7 in front of the two app servers (nginx -> Varnish -> 2x gunicorn; docs/betrieb.md).
#
# Caches what an anonymous visitor gets, never anything personal: the admin, draft links and
# their signed media, logged-in editors (a sessionid cookie), every method but GET and HEAD,
# and any response that sets a cookie or says private/no-store/no-cache (Varnish's built-in
# rules, kept) go past the cache. The time to live is the response's s-maxage (else max-age,
# else varnishd's default_ttl); publishing purges what changed (see PURGE and BAN below).
#
# The backends and their health probe are in backends.vcl, found on vcl_path: site/stack.sh
# writes one for its ports into its run dir, a server uses site/varnish-backends.vcl.
vcl 4.1;

import std;
import directors;

include "backends.vcl";

# Who may purge: the site's own processes on this host, talking to Varnish directly (nginx
# answers PURGE and BAN from outside with 405 before they get here).
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_init {
    new app = directors.round_robin();
    app.add_backend(app1);
    app.add_backend(app2);
}

sub vcl_recv {
    set req.backend_hint = app.backend();

    # PURGE <path> with the public Host: that object, all its variants (Vary) -> 200.
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Method Not Allowed"));
        }
        return (purge);
    }
    # BAN with X-Ban-Url: <regex on the path> and the Host: every object of that host whose path
    # matches, checked by the ban lurker against x-url/x-host (set below) -> 200.
    if (req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Method Not Allowed"));
        }
        if (!req.http.X-Ban-Url) {
            return (synth(400, "X-Ban-Url missing"));
        }
        # Unquoted arguments (std.ban would take quotes literally): a pattern has no spaces.
        if (std.ban("obj.http.x-host == " + std.tolower(regsub(req.http.host, ":[0-9]+$", ""))
                + " && obj.http.x-url ~ " + req.http.X-Ban-Url)) {
            return (synth(200, "Banned"));
        }
        return (synth(400, std.ban_error()));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin, Django's admin, draft links, signed draft media, the probes.
    if (req.url ~ "^/(admin|django-admin)(/|$)"
            || req.url ~ "^/entwurf/"
            || req.url ~ "[?&]entwurf="
            || req.url ~ "^/(healthz|readyz)(\?|$)") {
        return (pass);
    }
    # A logged-in editor sees the site with the user bar and may see unpublished media.
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Anything else is the same for every visitor: no cookie reaches the app (the CSRF cookie
    # of a form comes back with the form's POST, which passes above).
    unset req.http.Cookie;
    # Falls through to the built-in vcl_recv (Authorization passes, the rest is looked up).
}

sub vcl_hash {
    # The path and the host name without port: the public name and 127.0.0.1:8443 are one
    # object, so a PURGE names the host with or without the port.
    hash_data(req.url);
    hash_data(std.tolower(regsub(req.http.host, ":[0-9]+$", "")));
    return (lookup);
}

sub vcl_backend_response {
    # For the ban lurker, which sees only the object, not the request.
    set beresp.http.x-url = bereq.url;
    set beresp.http.x-host = std.tolower(regsub(bereq.http.host, ":[0-9]+$", ""));
    # A short grace: a purged page is never served again, an expired one for a few seconds
    # while the fresh copy is fetched.
    set beresp.grace = 10s;
    # Falls through to the built-in rules: no caching of Set-Cookie, private, no-store,
    # no-cache, Vary: * (a hit-for-miss object instead).
}

sub vcl_deliver {
    unset resp.http.x-url;
    unset resp.http.x-host;
    unset resp.http.Via;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    set resp.http.X-Cache-Hits = obj.hits;
    # A cached copy carries the id of the request that filled the cache: answer with this
    # request's id (nginx's $request_id), so a log line and a visitor's report match.
    if (req.http.X-Request-ID) {
        set resp.http.X-Request-ID = req.http.X-Request-ID;
    }
}
