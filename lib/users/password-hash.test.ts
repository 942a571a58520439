import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password-hash";

describe("password hashing", () => {
  it("verifies hashes written by the earlier hasher (bcryptjs, $2b$, cost 11)", async () => {
    // bcryptjs.hashSync("correct horse battery", 11): the kind of hash existing databases hold.
    const old = "$2b$11$ejZ9wdVljlCEZ/.qAwyl/.DibramyShbSitAyvVrajEOUKGTCDkgi";
    expect(await verifyPassword("correct horse battery", old)).toBe(true);
    expect(await verifyPassword("wrong horse battery", old)).toBe(false);
  });

  it("hashes and verifies a new password", async () => {
    const hash = await hashPassword("a new long password");
    expect(hash).toMatch(/^\$2[aby]\$11\$/);
    expect(await verifyPassword("a new long password", hash)).toBe(true);
    expect(await verifyPassword("a new long passworD", hash)).toBe(false);
  });

  it("hashes off the main thread: timers keep firing during parallel verifications", async () => {
    const hash = await hashPassword("some password 123");
    let last = performance.now();
    let longestGap = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    await Promise.all(Array.from({ length: 8 }, () => verifyPassword("wrong password 123", hash)));
    const took = performance.now() - started;
    clearInterval(timer);
    // 8 verifications take a while in all; no single stretch of it may hold the event loop.
    expect(took).toBeGreaterThan(100);
    // bcryptjs held it for over a second here; the margin is for a busy machine.
    expect(longestGap).toBeLessThan(400);
  });
});
