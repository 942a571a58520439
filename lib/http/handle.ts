import { ZodError } from "zod";
import { issueList } from "@/lib/validation/issue-list";
import { logger, requestIdOf } from "@/lib/log/logger";
import { requestAddress } from "./client-address";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { isConnectionError } from "@/db/postgres";
import { isDatabaseUnavailable } from "@/db/unavailable";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function jsonError(status: number, message: string, fields?: Record<string, string>, headers: Record<string, string> = {}) {
  return Response.json({ error: fields ? { message, fields } : { message } }, { status, headers });
}

function zodFields(e: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const { path, message } of issueList(e)) fields[path] ??= message;
  return fields;
}

/** Map what a handler throws to the JSON error shape; only the unexpected becomes a logged 500. */
export function errorResponse(e: unknown, requestId?: string): Response {
  if (e instanceof ZodError) return jsonError(400, "Invalid input", zodFields(e));
  if (e instanceof InvalidInputError) return jsonError(400, e.message, e.fields);
  if (e instanceof NotFoundError) return jsonError(404, e.message);
  if (e instanceof ConflictError) return jsonError(e.status, e.message);
  if (e instanceof ForbiddenError) return jsonError(403, e.message);
  if (e instanceof HttpError) return jsonError(e.status, e.message, undefined, e.headers);
  // PostgreSQL away (restarting, unreachable): the request was fine; the client may retry, and
  // the pool reconnects by itself once the server is back.
  if (isDatabaseUnavailable(e) || isConnectionError(e) || isConnectionError((e as Error)?.cause))
    return jsonError(503, "The database is unavailable right now; try again shortly", undefined, { "Retry-After": "5" });
  logger.error({ requestId, err: e }, "unhandled error in route handler");
  return jsonError(500, "Internal error");
}

type Handler<C> = (req: Request, ctx: C) => Promise<Response>;

/** A route handler with the shared error mapping and one structured log line per request. */
export function handle<C>(fn: Handler<C>): Handler<C> {
  return async (req, ctx) => {
    const started = performance.now();
    const requestId = requestIdOf(req);
    let res: Response;
    try {
      res = await fn(req, ctx);
    } catch (e) {
      res = errorResponse(e, requestId);
    }
    const url = new URL(req.url);
    logger.info(
      {
        requestId,
        address: requestAddress(req.headers),
        method: req.method,
        path: url.pathname,
        status: res.status,
        ms: Math.round(performance.now() - started),
      },
      "request",
    );
    return res;
  };
}
