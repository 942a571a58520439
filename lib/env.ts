import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseTrustProxy } from "./http/client-address";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .min(1)
    .default("file:./data/catalog.db")
    .refine((url) => !/^postgres(ql)?:\/\//i.test(url) || URL.canParse(url), "not a valid postgres:// URL"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().trim().min(1).optional(),
  TRUST_PROXY: z.string().optional(),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters").optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).optional(),
  NEXT_RUNTIME: z.string().optional(),
  NEXT_PHASE: z.string().optional(),
  NEXT_OUTPUT: z.enum(["standalone"]).optional(),
  CATALOG_PASSWORD: z.string().optional(),
  PAGE_CACHE_MB: z.coerce.number().int().min(0).max(65536).default(128),
  SQLITE_CACHE_MB: z.coerce.number().int().min(1).max(65536).default(64),
  SQLITE_MMAP_MB: z.coerce.number().int().min(0).max(65536).default(256),
  PAGE_CACHE_HANDLER: z.enum(["catalog", "plain"]).default("catalog"),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "REDIS_URL must be a redis:// or rediss:// URL")
    .optional(),
  VARNISH_PURGE_URL: z.string().url().optional(),
});

function parseEnv() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    // One problem is one line (npm start and the CLI print just this message).
    throw new Error(`Invalid environment:${lines.length === 1 ? " " : "\n  "}${lines.join("\n  ")}`);
  }
  try {
    return { ...parsed.data, TRUST_PROXY: parseTrustProxy(parsed.data.TRUST_PROXY) };
  } catch (e) {
    throw new Error(`Invalid environment:\n  ${e instanceof Error ? e.message : String(e)}`);
  }
}

const raw = parseEnv();

/** Which store `DATABASE_URL` names: a postgres:// or postgresql:// URL, else a SQLite file. */
export function databaseDialect(url: string): "sqlite" | "pg" {
  return /^postgres(ql)?:\/\//i.test(url) ? "pg" : "sqlite";
}

/** Path of the SQLite file from `DATABASE_URL` (a `file:` URL or a plain path). */
export function databasePath(url: string): string {
  if (databaseDialect(url) === "pg") throw new Error("DATABASE_URL names PostgreSQL: there is no SQLite file");
  if (url === ":memory:") return url;
  const p = url.startsWith("file:") ? url.slice("file:".length).replace(/^\/\/(?=\/)/, "") : url;
  return path.resolve(p);
}

const dialect = databaseDialect(raw.DATABASE_URL);
const dbPath = dialect === "sqlite" ? databasePath(raw.DATABASE_URL) : "";
const isServer = raw.NEXT_RUNTIME === "nodejs" && raw.NEXT_PHASE !== "phase-production-build";
const dataDir = dbPath === ":memory:" || dialect === "pg" ? path.resolve("data") : path.dirname(dbPath);

/** The session key: from the environment, or generated once and kept beside the database. */
function sessionSecret(): string {
  if (raw.NEXTAUTH_SECRET) return raw.NEXTAUTH_SECRET;
  const file = path.join(dataDir, ".nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
  return secret;
}

let secret: string | undefined;

export const env = {
  databaseUrl: raw.DATABASE_URL,
  /** "pg" for a postgres:// URL, else "sqlite". */
  databaseDialect: dialect,
  /** The SQLite file; "" on PostgreSQL. */
  databasePath: dbPath,
  /** PostgreSQL: connections in the pool (DATABASE_POOL_SIZE, default 10). */
  databasePoolSize: raw.DATABASE_POOL_SIZE,
  dataDir,
  port: raw.PORT,
  /** The address `npm start` listens on; unset: every interface (`127.0.0.1` behind a local proxy). */
  host: raw.HOST,
  /** Who may speak for the client in X-Forwarded-* / X-Real-IP: nobody unless the operator says so. */
  trustProxy: raw.TRUST_PROXY,
  baseUrl: raw.NEXTAUTH_URL ?? `http://localhost:${raw.PORT}`,
  nodeEnv: raw.NODE_ENV,
  /** The server logs requests (info); the CLI, whose stdout is data, only warnings unless asked. */
  logLevel: raw.LOG_LEVEL ?? (isServer ? "info" : "warn"),
  /** True inside the running Next.js server (not the CLI, tests or `next build`). */
  isServer,
  /** `NEXT_OUTPUT=standalone next build` makes the self-contained server the container image runs. */
  standaloneBuild: raw.NEXT_OUTPUT === "standalone",
  /** Bound of the server's in-memory page cache (Next's cacheMaxMemorySize); older pages are read back from .next on disk. */
  pageCacheBytes: raw.PAGE_CACHE_MB * 1024 * 1024,
  /** Per SQLite connection (the server has two: writer and reader). */
  sqliteCacheKib: raw.SQLITE_CACHE_MB * 1024,
  sqliteMmapBytes: raw.SQLITE_MMAP_MB * 1024 * 1024,
  /** "plain" only for `npm run bench`'s baseline (Next's cache without the hash CSP); see lib/cache/plain-cache-handler.mjs. */
  pageCacheHandler: raw.PAGE_CACHE_HANDLER === "plain" ? "lib/cache/plain-cache-handler.mjs" : "lib/cache/cache-handler.mjs",
  /** The Redis shared by every instance's page cache (lib/cache/redis-cache-handler.mjs); unset: each process caches alone. */
  redisUrl: raw.REDIS_URL,
  /** Where surrogate-key purges go after a write (Varnish in front, deploy/varnish/default.vcl); unset: none. */
  varnishPurgeUrl: raw.VARNISH_PURGE_URL,
  /** The password for `catalog user add` when `--password` is not given. */
  cliPassword: raw.CATALOG_PASSWORD || undefined,
  get nextAuthSecret(): string {
    secret ??= sessionSecret();
    return secret;
  },
};
