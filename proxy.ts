import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { requestAddress } from "@/lib/http/client-address";
import { requestIdFrom } from "@/lib/http/request-id";
import { HSTS, pageCsp } from "@/lib/http/security-headers";
import { logger } from "@/lib/log/logger";

/**
 * For admin, login, search and the API (see `config`): a request id for each request and log line, a per-request
 * CSP nonce for the dynamic pages, and an early redirect of
 * anonymous visitors away from /admin. Every admin page, action and route checks session and
 * role itself (lib/auth/guards.ts); this is only a convenience.
 */
export default async function proxy(req: NextRequest) {
  const requestId = requestIdFrom(req.headers.get("x-request-id"));
  if (req.nextUrl.pathname.startsWith("/api/")) {
    const headers = new Headers(req.headers);
    headers.set("x-request-id", requestId);
    const res = NextResponse.next({ request: { headers } });
    res.headers.set("x-request-id", requestId);
    return res;
  }
  if (req.nextUrl.pathname === "/admin" || req.nextUrl.pathname.startsWith("/admin/")) {
    const token = await getToken({ req, secret: env.nextAuthSecret });
    if (!token) {
      const login = new URL("/login", req.url);
      login.searchParams.set("callbackUrl", `${req.nextUrl.pathname}${req.nextUrl.search}`);
      return NextResponse.redirect(login);
    }
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = pageCsp(nonce, env.nodeEnv === "development");
  const headers = new Headers(req.headers);
  headers.set("x-nonce", nonce);
  headers.set("x-request-id", requestId);
  headers.set("Content-Security-Policy", csp);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("Content-Security-Policy", csp);
  res.headers.set("x-request-id", requestId);
  logger.info({ requestId, address: requestAddress(req.headers), method: req.method, path: req.nextUrl.pathname }, "page request");
  if (req.nextUrl.protocol === "https:" || req.headers.get("x-forwarded-proto") === "https") {
    res.headers.set("Strict-Transport-Security", HSTS);
  }
  return res;
}

// Only the dynamic pages and the API: cached public pages carry their own CSP (the cache handler)
// and a proxy in front of them would cost ~40% of their throughput. /search stays dynamic, so it
// keeps the nonce policy from here (/ja/search, its Japanese page, too).
export const config = {
  matcher: [
    {
      source: "/(admin|admin/.*|login|search|ja/search|api/.*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
