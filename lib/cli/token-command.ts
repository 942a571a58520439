import { parseArgs } from "node:util";
import { createApiToken, isExpired, listApiTokens, revokeApiToken, TOKEN_DEFAULT_DAYS, TOKEN_MAX_DAYS } from "@/lib/users/tokens";
import { getUserByEmail } from "@/lib/users/users";
import { NotFoundError } from "@/lib/errors";
import { UsageError } from "./usage-error";

const SUBCOMMANDS = "token create --email E [--name N] [--expires 90d] | token list [--email E] | token revoke <id>";
const CLI_ACTOR = { id: null, email: "cli" };

/** `90d` (days) or a bare number of days. */
function parseExpiry(value: string | undefined): number {
  if (value === undefined) return TOKEN_DEFAULT_DAYS;
  const m = /^(\d{1,5})d?$/.exec(value.trim());
  const days = m ? Number(m[1]) : NaN;
  if (!(days >= 1 && days <= TOKEN_MAX_DAYS))
    throw new UsageError(`token create: --expires must be 1d to ${TOKEN_MAX_DAYS}d (got "${value}")`);
  return days;
}

async function activeUser(email: string) {
  const user = await getUserByEmail(email.trim().toLowerCase());
  if (!user) process.stderr.write(`no active user with email ${email}\n`);
  return user;
}

async function create(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { email: { type: "string" }, name: { type: "string" }, expires: { type: "string" } } });
  if (!values.email) throw new UsageError("token create: --email is required");
  const days = parseExpiry(values.expires);
  const user = await activeUser(values.email);
  if (!user) return 1;
  const t = await createApiToken(user.id, CLI_ACTOR, { name: values.name, days });
  // The description goes to stderr so `TOKEN=$(… token create …)` captures only the token (the last line).
  process.stderr.write(
    `token ${t.id} for ${user.email}${values.name ? ` ("${values.name.trim()}")` : ""}, expires ${t.expiresAt}; it is shown only now:\n`,
  );
  process.stdout.write(`${t.token}\n`);
  return 0;
}

async function list(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { email: { type: "string" } } });
  let userId: number | undefined;
  if (values.email) {
    const user = await activeUser(values.email);
    if (!user) return 1;
    userId = user.id;
  }
  const now = new Date();
  // Tab-separated, no header: every line starts with the id `token revoke` takes.
  for (const t of await listApiTokens({ userId })) {
    const expires = `${t.expiresAt ?? "-"}${isExpired(t, now) ? " (expired)" : ""}`;
    process.stdout.write(`${[t.id, t.email, t.name || "-", t.createdAt, t.lastUsedAt ?? "never", expires].join("\t")}\n`);
  }
  return 0;
}

async function revoke(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [raw] = positionals;
  if (positionals.length !== 1 || !/^\d+$/.test(raw)) throw new UsageError("token revoke: give one token id (from token list)");
  try {
    const t = await revokeApiToken(Number(raw), CLI_ACTOR);
    process.stdout.write(`revoked token ${t.id} of ${t.email}${t.name ? ` ("${t.name}")` : ""}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof NotFoundError)) throw e;
    process.stderr.write(`no active token with id ${raw}\n`);
    return 1;
  }
}

export async function runToken(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "create") return create(rest);
  if (sub === "list") return list(rest);
  if (sub === "revoke") return revoke(rest);
  throw new UsageError(`token: unknown subcommand "${sub ?? ""}" (use: ${SUBCOMMANDS})`);
}
