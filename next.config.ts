import type { NextConfig } from "next";
import { env } from "./lib/env";
import { API_CSP, STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // The container image (Dockerfile) ships the standalone server; `npm start` uses the normal build.
  output: env.standaloneBuild ? "standalone" : undefined,
  serverExternalPackages: ["better-sqlite3", "pino", "kuromoji"],
  // The kanji analyser reads its dictionary files at run time (lib/search/kanji-analyser.ts).
  outputFileTracingIncludes: { "/**": ["node_modules/kuromoji/dict/**"] },
  poweredByHeader: false,
  // Uploads to /admin/import: 20 MB of files plus form overhead (lib/interchange/upload.ts checks the exact limits).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "25mb" } },
  async headers() {
    return [
      { source: "/:path*", headers: STATIC_SECURITY_HEADERS },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
    ];
  },
};

export default nextConfig;
