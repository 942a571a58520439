import { AsyncLocalStorage } from "node:async_hooks";
import type { Logger } from "drizzle-orm/logger";

const scope = new AsyncLocalStorage<string[]>();

/**
 * Drizzle's logger on both stores' connections: outside `countStatements` it does nothing but one
 * lookup; inside, it records the SQL of every statement Drizzle sends for that async call chain.
 * Tests use it to show that a page's reads are a fixed number of statements (no query per related
 * job or skill) and that bulk writes travel in batches.
 */
export const statementLogger: Logger = {
  logQuery(query) {
    scope.getStore()?.push(query);
  },
};

/** Run `fn` and return the SQL of each statement Drizzle issued for it, in order. */
export async function countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const result = await scope.run(statements, fn);
  return { result, statements };
}
