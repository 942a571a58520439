/**
 * `tsx db/testing/with-temp-postgres.ts [--as VAR] [-- command args...]`
 *
 * Starts a temporary PostgreSQL, runs the command with DATABASE_URL (or VAR) pointing at it, stops the
 * server and exits with the command's status. Without a command it prints the URL and keeps the
 * server until Ctrl-C / SIGTERM.
 */
import { spawn } from "node:child_process";
import { startTempPostgres } from "./temp-postgres";

let argv = process.argv.slice(2);
let variable = "DATABASE_URL";
if (argv[0] === "--as") {
  variable = argv[1];
  argv = argv.slice(2);
}
const command = argv[0] === "--" ? argv.slice(1) : argv;

const server = await startTempPostgres();

if (command.length === 0) {
  console.log(server.url);
  console.error(`temporary PostgreSQL on port ${server.port} (pid ${server.pid}); Ctrl-C stops it`);
  // The server process is unref'd: this timer is what keeps us alive until a signal.
  const keepAlive = setInterval(() => {}, 1 << 30);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  clearInterval(keepAlive);
  await server.stop();
} else {
  const child = spawn(command[0], command.slice(1), {
    stdio: "inherit",
    env: { ...process.env, [variable]: server.url },
  });
  // Forward Ctrl-C / SIGTERM to the command; we stop the server once it has exited.
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  const code = await new Promise<number>((resolve) => child.on("exit", (status, signal) => resolve(status ?? (signal ? 1 : 0))));
  await server.stop();
  process.exit(code);
}
