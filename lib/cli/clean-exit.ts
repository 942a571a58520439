import { isDatabaseUnavailable } from "@/db/unavailable";

/**
 * Imported first by the CLI (lib/cli/main.ts) and `npm start` (scripts/start.ts): configuration
 * errors thrown while modules load (lib/env.ts checks the environment on import) or while opening
 * the store become one line on stderr and exit status 1, not a stack trace. Other errors keep
 * their stack: they are bugs.
 */
export function isConfigurationError(e: unknown): e is Error {
  return isDatabaseUnavailable(e) || (e instanceof Error && e.message.startsWith("Invalid environment"));
}

process.on("uncaughtException", (e: unknown) => {
  const text = isConfigurationError(e) ? `error: ${e.message}` : e instanceof Error ? (e.stack ?? e.message) : String(e);
  process.stderr.write(`${text}\n`);
  process.exit(1);
});
