/**
 * Accounts and their traces on SQLite: users, API tokens, the audit log, failed sign-ins. Part of
 * db/schema-sqlite.ts (which re-exports it); the twin of db/schema-pg-accounts.ts.
 */
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  email: text("email").notNull().unique(),
  name: text("name").notNull().default(""),
  passwordHash: text("password_hash").notNull(),
  role: text("role", { enum: ["editor", "admin"] }).notNull(),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  /** Bumped on deactivation or password change so existing sessions stop working. */
  sessionVersion: integer("session_version").notNull().default(1),
  createdAt: text("created_at").notNull().default(now),
});

export const apiTokens = sqliteTable("api_tokens", {
  id: integer("id").primaryKey({ autoIncrement: true }),
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

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    actor: text("actor").notNull().default(""),
    action: text("action").notNull(),
    target: text("target").notNull().default(""),
    detail: text("detail").notNull().default(""),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [index("audit_log_created").on(t.createdAt), index("audit_log_action").on(t.action, t.createdAt)],
);

/**
 * Failed sign-ins per account or address, in the database so that the limit holds whichever
 * instance a try lands on (lib/auth/rate-limit.ts). Rows older than the window are deleted as new ones arrive.
 */
export const signInFailures = sqliteTable(
  "sign_in_failures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** "account" (the e-mail) or "address" (the client address). */
    scope: text("scope").notNull(),
    key: text("key").notNull(),
    /** Milliseconds since the epoch. */
    at: integer("at").notNull(),
  },
  (t) => [index("sign_in_failures_key").on(t.scope, t.key, t.at), index("sign_in_failures_at").on(t.at)],
);
