import { pageCspWith } from "./page-csp.mjs";

/** Headers for every response; the CSP of a page comes from proxy.ts (dynamic) or its cache entry (cached). */
export const STATIC_SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** For JSON and files: nothing in them may run or be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Dynamic pages (admin, login, search): scripts only from this site or carrying this request's
 * nonce (Next adds it to its own inline scripts); inline style attributes are allowed because
 * React and Next set some. Cached public pages carry the same policy with the hashes of their
 * inline scripts instead of a nonce (lib/cache/cache-handler.mjs).
 */
export function pageCsp(nonce: string, dev: boolean): string {
  return pageCspWith(`'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`);
}

export const HSTS = "max-age=31536000; includeSubDomains";
