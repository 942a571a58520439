import { randomUUID } from "node:crypto";

export const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * The request id for logs and the `x-request-id` answer: the client's own (a proxy's, usually)
 * when it is a short token of safe characters, else a new one, so a client cannot write line
 * breaks, markup or kilobytes into every log line of its request.
 */
export function requestIdFrom(value: string | string[] | null | undefined): string {
  return typeof value === "string" && SAFE_REQUEST_ID.test(value) ? value : randomUUID();
}
