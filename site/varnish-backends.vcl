# The app servers of a production host for site/varnish.vcl: gunicorn@8001 and gunicorn@8002
# (site/systemd/gunicorn@.service). Copy to /etc/varnish/backends.vcl and put the public host
# name, one of ALLOWED_HOSTS, into the probe. site/stack.sh writes its own for its ports.
probe healthz {
    .request =
        "GET /healthz HTTP/1.1"
        "Host: polizei-beirat.example.org"
        "Connection: close";
    .interval = 2s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

backend app1 {
    .host = "127.0.0.1";
    .port = "8001";
    .probe = healthz;
    .first_byte_timeout = 35s;
}

backend app2 {
    .host = "127.0.0.1";
    .port = "8002";
    .probe = healthz;
    .first_byte_timeout = 35s;
}
