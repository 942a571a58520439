/**
 * Failed sign-ins per key (account or address) in a sliding window, in memory: one server
 * process serves the catalog, and a restart forgetting the counts is acceptable.
 */
export class FailureLimiter {
  private failures = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Milliseconds until another try is allowed, or 0 when it is allowed now. */
  retryAfter(key: string, now = Date.now()): number {
    const list = this.recent(key, now);
    return list.length >= this.max ? list[0] + this.windowMs - now : 0;
  }

  /** Count a failure (or a try about to be checked); returns its time, for forgive(). */
  fail(key: string, now = Date.now()): number {
    this.failures.set(key, [...this.recent(key, now), now]);
    return now;
  }

  /** Take back one failure counted at `at` (a try counted up front that succeeded). */
  forgive(key: string, at: number) {
    const list = this.failures.get(key) ?? [];
    const i = list.indexOf(at);
    if (i !== -1) list.splice(i, 1);
    if (!list.length) this.failures.delete(key);
  }

  reset(key: string) {
    this.failures.delete(key);
  }
}

const g = globalThis as unknown as { signInLimits?: { account: FailureLimiter; address: FailureLimiter } };
/** 5 failures per account and 20 per address in 15 minutes. */
export const signInLimits = (g.signInLimits ??= {
  account: new FailureLimiter(5, 15 * 60_000),
  address: new FailureLimiter(20, 15 * 60_000),
});
