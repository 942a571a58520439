import "server-only";
import { asc, gt, lt, max } from "drizzle-orm";
import { db, writeTransaction } from "@/db/index";
import { cacheInvalidations } from "@/db/schema";
import { logger } from "@/lib/log/logger";

/**
 * Brings writes made anywhere (this server, the CLI, another instance) to this server's page cache:
 * every POLL_MS it reads the outbox rows it has not seen yet (lib/cache/invalidation.ts writes them
 * in the write's own transaction) and expires their tags. Rows older than KEEP_MS are pruned.
 */
const POLL_MS = 200;
const KEEP_MS = 60 * 60 * 1000;
const BATCH = 2000;

type Expire = (tags: string[]) => Promise<void> | void;
const expireHook = () => (globalThis as Record<symbol, Expire | undefined>)[Symbol.for("catalog.expireCacheTags")];

let lastId: number | undefined;
let running: Promise<number> | undefined;

async function pollOnce(): Promise<number> {
  if (lastId === undefined) return 0;
  let applied = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(cacheInvalidations)
      .where(gt(cacheInvalidations.id, lastId))
      .orderBy(asc(cacheInvalidations.id))
      .limit(BATCH);
    if (!rows.length) return applied;
    const tags = [...new Set(rows.flatMap((r) => r.tags.split("\n")))];
    // No page has been cached yet when the cache handler is not loaded: nothing to expire.
    await expireHook()?.(tags);
    lastId = rows[rows.length - 1].id;
    applied += tags.length;
    logger.debug({ tags: tags.length, upTo: lastId }, "cache tags expired");
  }
}

/** Apply every outbox row written so far (the interval does it too; writes in this process call it to be fresh at once). */
export function applyPendingInvalidations(): Promise<number> {
  running = (running ?? Promise.resolve(0)).catch(() => 0).then(pollOnce);
  return running;
}

/** Start polling (once per server process). Rows written before the start are not needed: the cache handler ignores older entries. */
export async function startOutboxPoller() {
  if (lastId !== undefined) return;
  const [row] = await db.select({ id: max(cacheInvalidations.id) }).from(cacheInvalidations);
  lastId = row?.id ?? 0;
  let sincePrune = 0;
  const timer = setInterval(() => {
    applyPendingInvalidations().catch((err) => logger.error({ err }, "cache outbox poll failed"));
    if ((sincePrune += POLL_MS) >= 60_000) {
      sincePrune = 0;
      const cutoff = new Date(Date.now() - KEEP_MS).toISOString();
      writeTransaction((tx) => tx.delete(cacheInvalidations).where(lt(cacheInvalidations.createdAt, cutoff))).then(
        () => undefined,
        (err) => logger.warn({ err }, "cache outbox prune failed"),
      );
    }
  }, POLL_MS);
  timer.unref();
}
