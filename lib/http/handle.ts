import { ZodError } from "zod";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/occupations/errors";

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
  for (const issue of e.issues) {
    const key = issue.path.join(".") || "(root)";
    fields[key] ??= issue.message;
  }
  return fields;
}

/** Map what a handler throws to the JSON error shape; only the unexpected becomes a logged 500. */
export function errorResponse(e: unknown): Response {
  if (e instanceof ZodError) return jsonError(400, "Invalid input", zodFields(e));
  if (e instanceof InvalidInputError) return jsonError(400, e.message, e.fields);
  if (e instanceof NotFoundError) return jsonError(404, e.message);
  if (e instanceof ConflictError) return jsonError(e.status, e.message);
  if (e instanceof ForbiddenError) return jsonError(403, e.message);
  if (e instanceof HttpError) return jsonError(e.status, e.message, undefined, e.headers);
  console.error(e);
  return jsonError(500, "Internal error");
}

type Handler<C> = (req: Request, ctx: C) => Promise<Response>;

export function handle<C>(fn: Handler<C>): Handler<C> {
  return async (req, ctx) => {
    try {
      return await fn(req, ctx);
    } catch (e) {
      return errorResponse(e);
    }
  };
}
