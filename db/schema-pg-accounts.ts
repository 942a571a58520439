/**
 * Accounts and their traces on PostgreSQL: users, API tokens, the audit log, failed sign-ins. Part of
 * db/schema-pg.ts (which re-exports it); the twin of db/schema-sqlite-accounts.ts.
 */
import { sql } from "drizzle-orm";
import { bigint, boolean, index, integer, pgTable, text } from "drizzle-orm/pg-core";

/**
 * Times are the same ISO-8601 text SQLite writes (strftime('%Y-%m-%dT%H:%M:%fZ')), so every
 * comparison, sort and export reads the same strings on both stores.
 */
export const now = sql`to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export const users = pgTable("users", {
  id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
  email: text("email").notNull().unique(),
  name: text("name").notNull().default(""),
  passwordHash: text("password_hash").notNull(),
  role: text("role", { enum: ["editor", "admin"] }).notNull(),
  active: boolean("active").notNull().default(true),
  /** Bumped on deactivation or password change so existing sessions stop working. */
  sessionVersion: integer("session_version").notNull().default(1),
  createdAt: text("created_at").notNull().default(now),
});

export const apiTokens = pgTable("api_tokens", {
  id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
  userId: integer("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  /** What the owner calls it ("CI import"), to tell tokens apart in lists. */
  name: text("name").notNull().default(""),
  createdAt: text("created_at").notNull().default(now),
  /** ISO time after which the token is refused; set on every token (default 90 days). */
  expiresAt: text("expires_at"),
  /** Last authenticated use, written at most once a minute per token (not on every request). */
  lastUsedAt: text("last_used_at"),
  revokedAt: text("revoked_at"),
});

export const auditLog = pgTable(
  "audit_log",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    actor: text("actor").notNull().default(""),
    action: text("action").notNull(),
    target: text("target").notNull().default(""),
    detail: text("detail").notNull().default(""),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [index("audit_log_created").on(t.createdAt), index("audit_log_action").on(t.action, t.createdAt)],
);

/** Failed sign-ins per account or address, shared by every instance (lib/auth/rate-limit.ts). */
export const signInFailures = pgTable(
  "sign_in_failures",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    scope: text("scope").notNull(),
    key: text("key").notNull(),
    /** Milliseconds since the epoch: past int4, hence bigint (read as a JS number). */
    at: bigint("at", { mode: "number" }).notNull(),
  },
  (t) => [index("sign_in_failures_key").on(t.scope, t.key, t.at), index("sign_in_failures_at").on(t.at)],
);
