import { describe, expect, it } from "vitest";
import { FailureLimiter } from "./rate-limit";

describe("FailureLimiter", () => {
  it("blocks after max failures inside the window and frees the key when the oldest ages out", () => {
    const l = new FailureLimiter(3, 1000);
    l.fail("k", 0);
    l.fail("k", 100);
    expect(l.retryAfter("k", 200)).toBe(0);
    l.fail("k", 200);
    expect(l.retryAfter("k", 300)).toBe(700);
    expect(l.retryAfter("other", 300)).toBe(0);
    expect(l.retryAfter("k", 999)).toBe(1);
    expect(l.retryAfter("k", 1000)).toBe(0);
  });

  it("forgets a key on reset (a successful sign-in)", () => {
    const l = new FailureLimiter(2, 1000);
    l.fail("k", 0);
    l.fail("k", 1);
    expect(l.retryAfter("k", 2)).toBeGreaterThan(0);
    l.reset("k");
    expect(l.retryAfter("k", 3)).toBe(0);
  });

  it("counts only failures inside the sliding window", () => {
    const l = new FailureLimiter(2, 1000);
    l.fail("k", 0);
    l.fail("k", 1500);
    expect(l.retryAfter("k", 1600)).toBe(0);
    l.fail("k", 1700);
    expect(l.retryAfter("k", 1800)).toBe(700);
  });

  it("takes back one try counted up front (a sign-in that succeeded)", () => {
    const l = new FailureLimiter(2, 1000);
    l.fail("k", 0);
    const at = l.fail("k", 5);
    expect(l.retryAfter("k", 6)).toBeGreaterThan(0);
    l.forgive("k", at);
    expect(l.retryAfter("k", 6)).toBe(0);
    l.forgive("k", 0);
    l.forgive("k", 0);
    expect(l.retryAfter("k", 7)).toBe(0);
  });
});
