export async function register() {
  const { env } = await import("@/lib/env");
  if (!env.isServer) return;
  const { claimServerLock } = await import("@/db/server-lock");
  claimServerLock(env.databasePath);
}
