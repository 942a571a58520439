import type { Instrumentation } from "next";

export async function register() {
  const { env } = await import("@/lib/env");
  if (!env.isServer) return;
  const { claimServerLock } = await import("@/db/server-lock");
  claimServerLock(env.databasePath);
  // Writes from the CLI or another instance reach this server's page cache through the outbox.
  const { startOutboxPoller } = await import("@/lib/cache/outbox-poller");
  await startOutboxPoller();
}

/** Errors Next catches while rendering or in actions, as structured log lines. */
export const onRequestError: Instrumentation.onRequestError = async (err, request, context) => {
  const { logger } = await import("@/lib/log/logger");
  const headers = request.headers as Record<string, string | string[] | undefined>;
  logger.error(
    { requestId: headers["x-request-id"], method: request.method, path: request.path, routePath: context.routePath, routeType: context.routeType, err },
    "request error",
  );
};
