# Example backends.vcl for deploy/varnish/default.vcl on real machines: one `backend` per app
# instance with a health probe, the two directors default.vcl uses, and the addresses allowed to
# PURGE (the app instances, which send purges to VARNISH_PURGE_URL). `npm run cluster` writes the
# same shape for 127.0.0.1 (scripts/cluster-varnish.ts).

probe catalog_health {
    .url = "/api/health";
    .interval = 1s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

backend app1 { .host = "10.0.0.11"; .port = "3000"; .probe = catalog_health; }
backend app2 { .host = "10.0.0.12"; .port = "3000"; .probe = catalog_health; }
# The same instances without a probe: used only when every probe fails (see default.vcl).
backend app1_any { .host = "10.0.0.11"; .port = "3000"; }
backend app2_any { .host = "10.0.0.12"; .port = "3000"; }

acl purgers {
    "127.0.0.1";
    "10.0.0.11";
    "10.0.0.12";
}

sub vcl_init {
    new healthy = directors.round_robin();
    healthy.add_backend(app1);
    healthy.add_backend(app2);
    new all = directors.round_robin();
    all.add_backend(app1_any);
    all.add_backend(app2_any);
}
