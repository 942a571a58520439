import path from "node:path";

/** Module resolution shared by every vitest config: `@/` is the repository, `server-only` a no-op outside Next. */
export const resolve = {
  alias: {
    "@": path.resolve(import.meta.dirname),
    "server-only": path.resolve(import.meta.dirname, "test/server-only-stub.ts"),
  },
};
