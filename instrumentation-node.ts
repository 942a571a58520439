import type { Instrumentation } from "next";

/** Start-up of the Node.js server: mark the database as served by this process. */
export async function registerNode() {
  const { env } = await import("@/lib/env");
  if (!env.isServer) return;
  const { claimServerLock } = await import("@/db/server-lock");
  claimServerLock(env.databasePath);
}

export const logRequestError: Instrumentation.onRequestError = async (err, request, context) => {
  const { logger } = await import("@/lib/log/logger");
  const headers = request.headers as Record<string, string | string[] | undefined>;
  logger.error(
    {
      requestId: headers["x-request-id"],
      method: request.method,
      path: request.path,
      routePath: context.routePath,
      routeType: context.routeType,
      err,
    },
    "request error",
  );
};
