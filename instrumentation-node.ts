import type { Instrumentation } from "next";

/** Start-up of the Node.js server: mark the database as served by this process. */
export async function registerNode() {
  const { env } = await import("@/lib/env");
  if (!env.isServer) return;
  if (env.databaseDialect === "pg") {
    // Several instances share one PostgreSQL: no file lock; migrate (advisory-locked) if `npm start` did not.
    const { preparePostgres } = await import("@/db/postgres-store");
    await preparePostgres();
  } else {
    const { claimServerLock } = await import("@/db/server-lock");
    claimServerLock(env.databasePath);
  }
  // The kanji analyser takes 1–3 s to load: start now, off the request path, so the first kanji
  // query finds it ready (a query arriving earlier waits at most ANALYSER_WAIT_MS for it).
  const { loadAnalyser } = await import("@/lib/search/kanji-analyser");
  loadAnalyser().catch(async (err) => (await import("@/lib/log/logger")).logger.error({ err }, "kanji analyser failed to load"));
  // Writes from the CLI or another instance reach this server's page cache through the outbox.
  const { startOutboxPoller } = await import("@/lib/cache/outbox-poller");
  await startOutboxPoller();
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
