// Names shared by the Redis cache handler (loaded by Next without compiling, hence plain
// JavaScript) and the outbox poller, so both sides of the shared cache agree on them.
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Every key of one build's cache starts with this: another build's pages (a deploy in progress,
 * two versions side by side) are never served by this one.
 */
export function redisKeyPrefix(buildId) {
  return `catalog:${buildId ?? "dev"}:`;
}

/** The build id of the server started from `cwd` (the poller has no other way to learn it). */
export function currentBuildId(distDir = path.join(process.cwd(), ".next")) {
  try {
    return readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim();
  } catch {
    return undefined;
  }
}

/**
 * Hash of tag → time (ms) it was last invalidated (under the build's prefix). The name is the one
 * @fortedigital/nextjs-cache-handler's redis-strings handler reads: it compares every entry's tags
 * against this hash on each read, so writing a tag here expires it on every instance at once.
 */
export const REVALIDATED_TAGS = "__revalidated_tags__";
/** The last outbox row whose tags reached Redis: an instance starting later catches up from it. */
export const OUTBOX_CURSOR = "__outbox_cursor__";

/** One client setting for both sides: never queue commands while Redis is away (answer from the fallback at once). */
export function redisClientOptions(url) {
  return {
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 1000, reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 1000) },
  };
}
