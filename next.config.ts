import type { NextConfig } from "next";
import { env } from "./lib/env";
import { API_CSP, STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";
import { UPLOAD_MAX_BODY_BYTES } from "./lib/interchange/upload-limits";

const nextConfig: NextConfig = {
  // The container image (Dockerfile) ships the standalone server; `npm start` uses the normal build.
  output: env.standaloneBuild ? "standalone" : undefined,
  serverExternalPackages: ["better-sqlite3", "pino", "kuromoji"],
  // The kanji analyser reads its dictionary files at run time (lib/search/kanji-analyser.ts).
  outputFileTracingIncludes: { "/**": ["node_modules/kuromoji/dict/**"] },
  poweredByHeader: false,
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
};

export default nextConfig;
