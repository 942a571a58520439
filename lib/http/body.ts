import { flag } from "./api-params";
import { HttpError } from "./handle";

/** Largest request body the write API accepts. */
export const BODY_MAX_BYTES = 1_000_000;

/** `application/json` or a `+json` type, parameters (charset) aside. */
function isJsonType(contentType: string | null): boolean {
  const essence = (contentType ?? "").split(";")[0].trim().toLowerCase();
  return essence === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(essence);
}

/**
 * The request body parsed as JSON: 413 past `max` bytes (checked on the declared length and
 * again while reading, since a chunked body declares none), 415 when it is not declared as JSON,
 * 400 when it is not valid UTF-8 (never stored as replacement characters) or not JSON.
 */
export async function readJsonBody(req: Request, max = BODY_MAX_BYTES): Promise<unknown> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > max) throw new HttpError(413, `Request body is larger than ${max} bytes`);
  if (!req.body) throw new HttpError(400, "Request body is empty; send the profile as JSON");
  if (!isJsonType(req.headers.get("content-type"))) {
    throw new HttpError(415, "Send the body as JSON with Content-Type: application/json");
  }
  const reader = req.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new HttpError(413, `Request body is larger than ${max} bytes`);
    }
    parts.push(value);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(parts));
  } catch {
    throw new HttpError(400, "Request body is not valid UTF-8");
  }
  if (!text.trim()) throw new HttpError(400, "Request body is empty; send the profile as JSON");
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, "Malformed JSON in request body");
  }
}

/**
 * The version named by an `If-Match` header (`"3"`, `W/"3"` or `3`): 428 when the header is
 * missing, and -1 (matching no version, so a 412 follows) when it names no version.
 */
export function ifMatchVersion(req: Request): number {
  const header = req.headers.get("if-match");
  if (header === null || !header.trim()) {
    throw new HttpError(428, 'This write needs an If-Match header with the ETag you read (e.g. If-Match: "3")');
  }
  // `"<version>"` or the content ETag `"<version>-<hash>"` (lib/http/etag.ts): the version decides.
  const m = /^\s*(?:W\/)?"?(\d{1,9})(?:-[A-Za-z0-9_-]{1,64})?"?\s*$/.exec(header);
  return m ? Number(m[1]) : -1;
}

/** A boolean query flag: present as `1`, `true`, `yes` or empty (`?publish`). */
export function queryFlag(req: Request, name: string): boolean {
  return flag.parse(new URL(req.url).searchParams.get(name) ?? undefined);
}

/** A JSON 405 naming the methods the path supports. */
export function methodNotAllowed(allow: string[]) {
  return async () =>
    Response.json({ error: { message: `Method not allowed; use ${allow.join(", ")}` } }, { status: 405, headers: { Allow: allow.join(", ") } });
}
