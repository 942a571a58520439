import { describe, expect, it } from "vitest";
import { requestIdFrom } from "./request-id";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("requestIdFrom", () => {
  it("keeps a short token of safe characters", () => {
    expect(requestIdFrom("abc-123_x.y")).toBe("abc-123_x.y");
    expect(requestIdFrom("a".repeat(64))).toBe("a".repeat(64));
  });

  it("replaces anything else with a new id", () => {
    for (const bad of [null, undefined, "", "a".repeat(65), "evil\nline", "<script>", "a b", "ü", ["a", "b"]]) {
      expect(requestIdFrom(bad), JSON.stringify(bad)).toMatch(UUID);
    }
  });
});
