/**
 * LISTEN on a PostgreSQL channel with one connection of its own (a pooled connection cannot hold a
 * LISTEN). PostgreSQL delivers a NOTIFY when the transaction that sent it commits, so a listener
 * hears about a write the moment it is visible. The connection is re-made after the server goes
 * away (a restart); whoever listens must not rely on it alone: notifications sent while it was
 * down are lost, so callers keep a slower poll as well.
 */
import pg from "pg";

const RECONNECT_MS = 1000;

export type Listener = { stop(): Promise<void> };

export function listenPostgres(url: string, channel: string, onNotify: () => void, onError: (err: unknown) => void): Listener {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`bad channel name: ${channel}`);
  let stopped = false;
  let client: pg.Client | undefined;
  let timer: NodeJS.Timeout | undefined;

  const retry = (err?: unknown) => {
    if (err) onError(err);
    const old = client;
    client = undefined;
    old?.removeAllListeners();
    old?.on("error", () => {});
    void old?.end().catch(() => {});
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void connect();
    }, RECONNECT_MS);
    timer.unref();
  };

  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({ connectionString: url, application_name: "occupation-catalog-listen", connectionTimeoutMillis: 5000 });
    client = c;
    c.on("error", retry);
    c.on("end", () => client === c && retry());
    c.on("notification", () => onNotify());
    try {
      await c.connect();
      await c.query(`listen ${channel}`);
      // The connection keeps the process alive only as long as something else does.
      (c as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
      // Writes committed while we were not listening: let the caller catch up.
      onNotify();
    } catch (err) {
      if (client === c) retry(err);
    }
  };

  void connect();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      const c = client;
      client = undefined;
      await c?.end().catch(() => {});
    },
  };
}
