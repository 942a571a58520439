/**
 * The production HTTP server: Next's request handler behind lib/http/front-door.ts, which settles
 * the client's address, host and scheme (TRUST_PROXY), the request id, malformed paths,
 * cross-origin actions and timeouts before Next sees a request. `next start` cannot do this:
 * it lets a client-sent X-Forwarded-For through. Started by scripts/start.ts (`npm start`) once
 * the database is ready and the build is current; run it under tsx without the react-server
 * condition (Next loads its own React).
 */
import next from "next";
import { env } from "@/lib/env";
import { createFrontDoor, HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS } from "@/lib/http/front-door";
import { logger } from "@/lib/log/logger";

async function main() {
  // `next start` sets NEXT_RUNTIME for the app (instrumentation, logs); here npm start or the image does.
  if (!env.isServer) throw new Error("NEXT_RUNTIME=nodejs must be set (npm start and the Dockerfile set it)");
  const app = next({ dev: false, dir: process.cwd(), hostname: env.host ?? "localhost", port: env.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createFrontDoor((req, res) => handle(req, res), env.trustProxy);
  server.listen(env.port, env.host, () => {
    logger.info(
      {
        port: env.port,
        host: env.host ?? "every interface",
        trustProxy: env.trustProxy,
        headersTimeoutMs: HEADERS_TIMEOUT_MS,
        requestTimeoutMs: REQUEST_TIMEOUT_MS,
      },
      "listening",
    );
  });
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.on(sig, () => {
      server.close(() => process.exit(0));
      // Keep-alive connections would hold close() open; nothing is worth waiting long for.
      setTimeout(() => process.exit(0), 3_000).unref();
      server.closeIdleConnections();
    });
  }
}

main().catch((e) => {
  process.stderr.write(`[serve] ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
