import type { NextConfig } from "next";
import path from "node:path";
import createNextIntlPlugin from "next-intl/plugin";
import { env } from "./lib/env";
import { API_CSP, STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";
import { LOCALE_COOKIE } from "./i18n/routing";
import { UPLOAD_MAX_BODY_BYTES } from "./lib/interchange/upload-limits";

// Paths that are not public pages: they keep their own routes and never get a locale segment.
const NOT_PUBLIC = "(?!(?:en|ja|admin|login|api|_next)(?:/|$))";

const nextConfig: NextConfig = {
  // The container image (Dockerfile) ships the standalone server; `npm start` uses the normal build.
  output: env.standaloneBuild ? "standalone" : undefined,
  serverExternalPackages: ["better-sqlite3", "pino", "kuromoji"],
  // The kanji analyser reads its dictionary files at run time (lib/search/kanji-analyser.ts).
  outputFileTracingIncludes: { "/**": ["node_modules/kuromoji/dict/**"] },
  poweredByHeader: false,
  // Public pages are cached (ISR) by this handler: a hash-based CSP per entry and tag invalidation
  // from the outbox (lib/cache/). It extends a Next internal: package.json pins Next exactly.
  cacheHandler: path.join(process.cwd(), env.pageCacheHandler),
  cacheMaxMemorySize: env.pageCacheBytes,
  // Cache-Control of cached pages: s-maxage = their revalidate (300 s), then a shared cache may
  // serve a stale copy while it revalidates for up to this long.
  expireTime: 3600,
  // Uploads to /admin/import: the action and proxy.ts's body buffer (10 MB by default) take the
  // same limit, so the import page's own check (lib/interchange/upload.ts) answers every size.
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: UPLOAD_MAX_BODY_BYTES },
    proxyClientMaxBodySize: UPLOAD_MAX_BODY_BYTES,
  },
  async headers() {
    return [
      { source: "/:path*", headers: STATIC_SECURITY_HEADERS },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
    ];
  },
  async redirects() {
    return [
      // English has no prefix: /en/... is only the internal target of the rewrites below.
      { source: "/en", destination: "/", permanent: true },
      { source: "/en/:path*", destination: "/:path*", permanent: true },
      // The home page follows a remembered choice, and on a first visit (no cookie) a browser that
      // prefers Japanese. Static config, so no proxy runs on public pages.
      { source: "/", has: [{ type: "cookie", key: LOCALE_COOKIE, value: "ja" }], destination: "/ja", permanent: false },
      {
        source: "/",
        has: [{ type: "header", key: "accept-language", value: "ja(?:[-_;,].*)?" }],
        missing: [{ type: "cookie", key: LOCALE_COOKIE }],
        destination: "/ja",
        permanent: false,
      },
    ];
  },
  async rewrites() {
    // Unprefixed public paths are the English locale segment (app/[locale]). afterFiles: static
    // routes (sitemap.xml, robots.txt, icon.svg) are matched before this.
    const pageQuery = [{ type: "query" as const, key: "page", value: "(?<n>[1-9]\\d{0,5})" }];
    return {
      // Old links to later pages of a Minor group: the page number moved into the path (cached pages cannot read the query).
      beforeFiles: [
        { source: "/browse/:major/:middle/:minor", has: pageQuery, destination: "/en/browse/:major/:middle/:minor/page/:n" },
        { source: "/ja/browse/:major/:middle/:minor", has: pageQuery, destination: "/ja/browse/:major/:middle/:minor/page/:n" },
      ],
      afterFiles: [
        { source: "/", destination: "/en" },
        { source: `/:path(${NOT_PUBLIC}.*)`, destination: "/en/:path" },
      ],
    };
  },
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
