vcl 4.1;

# Varnish in front of N catalog instances (README: "Deploying on several machines").
#
# - Caches what the app marks shareable (public pages: s-maxage + stale-while-revalidate; the
#   published profile JSON: s-maxage=60) and nothing else: admin, login, next-auth, writes,
#   anything with a session cookie or an Authorization header goes straight to an instance.
# - Never stores a response that sets a cookie or says private/no-store/no-cache.
# - Each cached response carries an `xkey` header with the app's cache tags; the app sends
#   `PURGE` with `xkey-purge: <keys>` after every write (VARNISH_PURGE_URL), allowed only from the
#   addresses in the `purgers` ACL.
# - Spreads requests round-robin over the instances whose /api/health probe passes.
#
# The backends, their probes, the directors and the `purgers` ACL are in backends.vcl, written by
# `npm run cluster` (scripts/cluster-varnish.ts) with the real ports; deploy/varnish/backends.example.vcl
# shows the shape for real machines. varnishd finds it through `-p vcl_path=<its dir>:<this dir>`.

import std;
import directors;
import xkey;

include "backends.vcl";

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "xkey-purge header required"));
        }
        # A hard purge: a purged page is never served again, not even while its fresh copy renders.
        set req.http.x-purged = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged"));
    }

    # Healthy instances first. When the probe fails everywhere (e.g. the database is away, so
    # /api/health answers 503) the instances still answer what they can: cached pages, and a
    # clear 503 for writes. `all` is the same instances without probes.
    set req.backend_hint = healthy.backend();
    if (!std.healthy(req.backend_hint)) {
        set req.backend_hint = all.backend();
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|login)(/|\?|$)" || req.url ~ "^/api/auth/" || req.url ~ "^/api/health") {
        return (pass);
    }
    # A signed-in editor or an API token: their responses may differ; never share them.
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(__Secure-)?next-auth\.session-token") {
        return (pass);
    }
    # The home page redirects to /ja by the NEXT_LOCALE cookie or, without one, Accept-Language
    # (next.config.ts redirects): keep one copy per outcome.
    if (req.url ~ "^/(\?|$)") {
        if (req.http.Cookie ~ "(^|;\s*)NEXT_LOCALE=ja(;|$)") {
            set req.http.x-home-locale = "ja";
        } else if (req.http.Cookie ~ "(^|;\s*)NEXT_LOCALE=") {
            set req.http.x-home-locale = "cookie";
        } else if (req.http.Accept-Language ~ "^ja([-_;,]|$)") {
            set req.http.x-home-locale = "ja";
        }
    }
    # Other cookies (locale, CSRF) do not change a shareable response: look it up regardless.
    # The cookies still reach the instance on a miss; the response decides if it is stored.
    return (hash);
}

sub vcl_hash {
    if (req.http.x-home-locale) {
        hash_data(req.http.x-home-locale);
    }
}

sub vcl_backend_fetch {
    unset bereq.http.x-home-locale;
}

sub vcl_backend_response {
    # Only what the app marks shareable, and never a response that sets a cookie.
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control ~ "(private|no-store|no-cache)"
        || beresp.http.Cache-Control !~ "(public|s-maxage)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 60s;
        return (deliver);
    }
    # An instance's 5xx is not kept (the next request tries again).
    if (beresp.status >= 500) {
        set beresp.uncacheable = true;
        set beresp.ttl = 1s;
        return (deliver);
    }
    # Keep expired objects a while so that a conditional fetch (If-None-Match) can refresh them.
    set beresp.keep = 1h;
    return (deliver);
}

sub vcl_backend_error {
    # A killed instance: try another before its probe has marked it sick (GET and HEAD only; a
    # write is never sent twice).
    if (bereq.retries < 2 && bereq.method ~ "^(GET|HEAD)$") {
        return (retry);
    }
}

sub vcl_deliver {
    # Surrogate keys are for this cache only.
    unset resp.http.xkey;
    if (obj.uncacheable) {
        set resp.http.x-cache = "pass";
    } else if (obj.hits > 0) {
        set resp.http.x-cache = "hit";
    } else {
        set resp.http.x-cache = "miss";
    }
}

sub vcl_synth {
    if (req.method == "PURGE") {
        set resp.http.content-type = "application/json";
        if (req.http.x-purged) {
            set resp.body = {"{"purged":"} + req.http.x-purged + {"}"};
        } else {
            set resp.body = {"{"error":{"message":""} + resp.reason + {"""} + "}}";
        }
        return (deliver);
    }
}
