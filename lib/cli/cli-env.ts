/** The CLI's own environment input (kept out of lib/env.ts because only the CLI reads it). */
export function readCliPassword(): string | undefined {
  return process.env.CATALOG_PASSWORD || undefined;
}
