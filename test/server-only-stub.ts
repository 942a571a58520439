// Vitest runs lib/ outside Next; "server-only" would throw there, and the guard it gives is Next's job.
export {};
