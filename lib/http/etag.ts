import { createHash } from "node:crypto";

/**
 * A strong ETag of the bytes sent, led by the profile's version: `"<version>-<hash>"`. The hash
 * makes it change whenever the representation does (a tier renamed, a linked profile deleted),
 * which a cache in front needs for 304s; the version lets If-Match on writes keep working
 * (lib/http/body.ts ifMatchVersion reads it; a bare `"<version>"` is still accepted).
 */
export function contentEtag(version: number, body: string): string {
  return `"${version}-${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
}

/** Whether If-None-Match names this ETag (or `*`): the client's copy is current, answer 304. */
export function matchesIfNoneMatch(req: Request, etag: string): boolean {
  const header = req.headers.get("if-none-match");
  if (!header) return false;
  return header.split(",").some((t) => {
    const v = t.trim().replace(/^W\//, "");
    return v === "*" || v === etag;
  });
}
