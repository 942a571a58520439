import pino from "pino";
import { env } from "@/lib/env";
import { SAFE_REQUEST_ID } from "@/lib/http/request-id";

/**
 * One JSON object per line on stdout. Secrets never reach it: these keys are removed wherever
 * they appear, and callers log emails and ids, never passwords, tokens or session data.
 */
export const logger = pino(
  {
  level: env.logLevel,
  base: { service: "occupation-catalog" },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: {
    paths: ["password", "*.password", "token", "*.token", "authorization", "*.authorization", "cookie", "*.cookie", "headers.cookie", "headers.authorization"],
    remove: true,
  },
  },
  // The CLI's stdout carries data (exports), so its log lines go to stderr.
  pino.destination(env.isServer ? 1 : 2),
);

/** The id the front door (lib/http/front-door.ts) or proxy.ts gave this request; never an unchecked client value. */
export function requestIdOf(req: Request): string | undefined {
  const id = req.headers.get("x-request-id");
  return id && SAFE_REQUEST_ID.test(id) ? id : undefined;
}
