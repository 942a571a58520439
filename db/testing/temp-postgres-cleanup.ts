/**
 * What db/testing/temp-postgres.ts leaves behind if its host dies first: every temporary directory
 * it made, with the postgres process serving it, stopped (by PID) and deleted on process exit and
 * on SIGINT/SIGTERM. The handlers are installed with the first directory.
 */
import { readFileSync, rmSync } from "node:fs";

/** Every temp directory made, with the postgres process serving it (if any). */
const running = new Map<string, { pid?: number }>();
let hooksInstalled = false;

/** Synchronous, for exit and signal handlers: immediate shutdown, wait a little, delete. */
function stopNow(dir: string) {
  const pid = running.get(dir)?.pid;
  running.delete(dir);
  if (pid === undefined) return rmSync(dir, { recursive: true, force: true });
  try {
    process.kill(pid, "SIGQUIT"); // immediate shutdown: the postmaster takes its backends down
  } catch {
    // already gone
  }
  // No event loop here: poll /proc (a zombie counts as gone, nobody reaps it until we return).
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (let i = 0; i < 100; i++) {
    let state = "";
    try {
      state = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0] ?? "";
    } catch {
      break;
    }
    if (state === "Z") break;
    Atomics.wait(sleeper, 0, 0, 50);
  }
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // already gone
  }
  rmSync(dir, { recursive: true, force: true });
}

function installHooks() {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on("exit", () => {
    for (const dir of [...running.keys()]) stopNow(dir);
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    const onSignal = () => {
      for (const dir of [...running.keys()]) stopNow(dir);
      process.off(signal, onSignal);
      // Keep the default behaviour (exit) unless the host process handles the signal itself.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

/** A new temporary directory to delete at exit (and its server, once one serves it). */
export function add(dir: string) {
  installHooks();
  running.set(dir, {});
}

/** The postgres process now serving `dir` (undefined: halted, only the directory is left). */
export function serving(dir: string, pid: number | undefined) {
  running.set(dir, { pid });
}

/** `dir` was stopped by its owner: delete it and forget it. */
export function remove(dir: string) {
  running.delete(dir);
  rmSync(dir, { recursive: true, force: true });
}
