import type { Instrumentation } from "next";

/*
 * Next compiles this file for the Node.js and the Edge runtime alike. Everything here is Node-only
 * (the server lock uses node:fs, the logger pino), so it is imported only when NEXT_RUNTIME says
 * Node.js: the Edge bundle then drops those imports, and the build prints no Edge Runtime warnings.
 * NEXT_RUNTIME is read from process.env directly (not lib/env.ts) because Next inlines it at build
 * time, which is what lets the bundler leave the Node-only module out.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { registerNode } = await import("./instrumentation-node");
    await registerNode();
  }
}

/** Errors Next catches while rendering or in actions, as structured log lines. */
export const onRequestError: Instrumentation.onRequestError = async (...args) => {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { logRequestError } = await import("./instrumentation-node");
    await logRequestError(...args);
  }
};
