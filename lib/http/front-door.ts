import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { UPLOAD_MAX_BODY_BYTES } from "@/lib/interchange/upload-limits";
import { logger } from "@/lib/log/logger";
import { clientView, type TrustProxy } from "./client-address";
import { requestIdFrom } from "./request-id";
import { API_CSP, STATIC_SECURITY_HEADERS } from "./security-headers";

/** A client must send its request line and headers within this time (Node answers 408 and closes). */
export const HEADERS_TIMEOUT_MS = 20_000;
/** ... and its whole request, body included: a 25 MB import needs about 2 Mbit/s to make it. */
export const REQUEST_TIMEOUT_MS = 120_000;
/**
 * An idle keep-alive connection stays open this long. Node's default (5 s) is shorter than what
 * proxies keep idle backend connections for (Varnish's backend_idle_timeout and most load
 * balancers: 60 s), so a proxy reusing one just as Node closes it got a reset request.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/**
 * A path segment with a malformed percent-escape (`%ff` is not UTF-8, `%E0%A4%A` is cut short)
 * made Next answer a bare 500. Such a segment is taken literally instead (its `%` escaped as
 * `%25`), so the route sees a name that matches nothing: pages answer with the site's 404 page,
 * the API with its JSON error, both with the usual headers.
 */
export function repairPath(url: string): string {
  const q = url.indexOf("?");
  const path = q === -1 ? url : url.slice(0, q);
  const repaired = path
    .split("/")
    .map((segment) => {
      try {
        decodeURIComponent(segment);
        return segment;
      } catch {
        return segment.replace(/%/g, "%25");
      }
    })
    .join("/");
  return q === -1 ? repaired : repaired + url.slice(q);
}

function refuse(res: ServerResponse, status: number, message: string) {
  res.statusCode = status;
  for (const { key, value } of STATIC_SECURITY_HEADERS) res.setHeader(key, value);
  res.setHeader("Content-Security-Policy", API_CSP);
  res.setHeader("Content-Type", "application/json");
  res.end(JSON.stringify({ error: { message } }));
}

function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/**
 * Everything the app may believe about a request is settled here, before Next sees it: Next only
 * fills X-Forwarded-* when absent (`??=`), so a client-sent value would otherwise win. Returns
 * false when the request was answered here.
 */
export function admitRequest(req: IncomingMessage, res: ServerResponse, trust: TrustProxy): boolean {
  const requestId = requestIdFrom(req.headers["x-request-id"]);
  req.headers["x-request-id"] = requestId;
  res.setHeader("x-request-id", requestId);

  const view = clientView(req, trust);
  req.headers["x-forwarded-for"] = view.address;
  req.headers["x-real-ip"] = view.address;
  req.headers["x-forwarded-proto"] = view.proto;
  if (view.host) req.headers["x-forwarded-host"] = view.host;
  else delete req.headers["x-forwarded-host"];
  delete req.headers["x-forwarded-port"];
  delete req.headers["forwarded"];

  req.url = repairPath(req.url ?? "/");

  // Past the largest body the app reads, Next would cut the body and fail on the rest (a 500).
  if (Number(req.headers["content-length"]) > UPLOAD_MAX_BODY_BYTES) {
    refuse(res, 413, `Request body too large; at most ${UPLOAD_MAX_BODY_BYTES / 1024 / 1024} MB`);
    return false;
  }

  // Next refuses a cross-origin action with a 500 and a stack trace in the log; answer it here.
  const origin = req.headers.origin;
  if (req.method === "POST" && req.headers["next-action"] && origin && originHost(origin) !== view.host) {
    logger.warn({ requestId, address: view.address, path: req.url, origin, host: view.host }, "cross-origin server action refused");
    refuse(res, 403, "Cross-site request refused");
    return false;
  }
  return true;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** The HTTP server in front of Next's handler: request, header and keep-alive timeouts, then admitRequest. */
export function createFrontDoor(
  handler: Handler,
  trust: TrustProxy,
  timeouts = { headersMs: HEADERS_TIMEOUT_MS, requestMs: REQUEST_TIMEOUT_MS, checkEveryMs: 1_000 },
): Server {
  const server = createServer(
    { headersTimeout: timeouts.headersMs, requestTimeout: timeouts.requestMs, connectionsCheckingInterval: timeouts.checkEveryMs },
    (req, res) => {
      if (!admitRequest(req, res, trust)) return;
      Promise.resolve(handler(req, res)).catch((err) => {
        logger.error({ requestId: req.headers["x-request-id"], err }, "request handler failed");
        if (!res.headersSent) refuse(res, 500, "Internal error");
        else res.destroy();
      });
    },
  );
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  return server;
}
