# The app servers of a production host for site/varnish.vcl: gunicorn@8001 and gunicorn@8002
# (site/systemd/gunicorn@.service). Copy to /etc/varnish/backends.vcl and put the public host
# name, one of ALLOWED_HOSTS, into the probe. site/stack.sh writes its own for its ports.
probe healthz {
    .request =
        "GET /healthz HTTP/1.1"
        "Host: polizei-beirat.example.org"
        "Connection: close";
    .interval = 2s;
    # The probe waits in the same queue as every request of a sync worker: under load (the
    # load drill, site/loadtest.py: 50 connections, uncached form pages) a 2 s timeout marked
    # both app servers sick while they were only busy, and Varnish answered its own 503 for
    # every uncached page and the whole admin. 10 s of a window of 5 still finds a dead server
    # within seconds (a refused connection fails at once), a hung one within 20 s.
    .timeout = 10s;
    .window = 5;
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
