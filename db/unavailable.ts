/** The store cannot be used: the message is one line, meant to be printed as it is. */
export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

/**
 * Whether `e` is a DatabaseUnavailableError, by name: Next's server bundle and the CLI may load
 * this module twice, and an instance from one copy is not `instanceof` the other's class. Kept in
 * a module without imports, so lib/cli/clean-exit.ts can use it before the environment is read.
 */
export function isDatabaseUnavailable(e: unknown): e is DatabaseUnavailableError {
  return e instanceof Error && e.name === "DatabaseUnavailableError";
}
