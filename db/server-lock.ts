import { existsSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";

const lockFile = (dbPath: string) => `${dbPath}.server-pid`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Mark the database as served by this process (restore refuses to run while it is). */
export function claimServerLock(dbPath: string) {
  const file = lockFile(dbPath);
  writeFileSync(file, String(process.pid));
  const release = () => {
    try {
      if (readFileSync(file, "utf8") === String(process.pid)) unlinkSync(file);
    } catch {
      // already gone
    }
  };
  process.once("exit", release);
  for (const sig of ["SIGINT", "SIGTERM"] as const)
    process.once(sig, () => {
      release();
      process.exit(0);
    });
}

/** The pid of a live server using this database, if any. */
export function serverUsingDatabase(dbPath: string): number | undefined {
  const file = lockFile(dbPath);
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid) ? pid : undefined;
}
