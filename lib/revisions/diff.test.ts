import { describe, expect, it } from "vitest";
import { emptyProfile } from "@/lib/occupations/schema";
import { diffList, diffProfiles, diffText } from "./diff";

describe("diffList", () => {
  it("reports added and removed items", () => {
    expect(diffList(["a", "b", "c"], ["a", "c", "d"])).toEqual([
      { value: "a", kind: "same", from: 0, to: 0 },
      { value: "b", kind: "removed", from: 1 },
      { value: "c", kind: "same", from: 2, to: 1 },
      { value: "d", kind: "added", to: 2 },
    ]);
  });

  it("reports an item that exists in both lists at another position as moved, not removed and added", () => {
    const d = diffList(["a", "b", "c", "d"], ["d", "a", "b", "c"]);
    expect(d.filter((e) => e.kind !== "same")).toEqual([{ value: "d", kind: "moved", from: 3, to: 0 }]);
    expect(d.map((e) => e.value)).toEqual(["d", "a", "b", "c"]);
  });

  it("handles a swap, a move, an add and a remove at once", () => {
    const d = diffList(["x", "y", "z", "gone"], ["z", "y", "x", "new"]);
    expect(d.filter((e) => e.kind === "removed").map((e) => e.value)).toEqual(["gone"]);
    expect(d.filter((e) => e.kind === "added").map((e) => e.value)).toEqual(["new"]);
    expect(d.filter((e) => e.kind === "moved").length).toBe(2);
    expect(d.filter((e) => e.kind !== "removed").map((e) => e.value)).toEqual(["z", "y", "x", "new"]);
  });

  it("keeps duplicates apart", () => {
    const d = diffList(["a", "a"], ["a"]);
    expect(d.map((e) => e.kind)).toEqual(["same", "removed"]);
  });

  it("reports a keyed row whose text changed as changed, with a word diff", () => {
    const key = (v: string) => v.split(" — ")[0];
    const d = diffList(["Patience — calm talks", "Logic — clear"], ["Logic — clear", "Patience — long calm talks"], key);
    const changed = d.find((e) => e.kind === "changed")!;
    expect(changed).toMatchObject({ value: "Patience — long calm talks", from: 0, to: 1 });
    expect(changed.parts!.filter((p) => p.kind === "added").map((p) => p.value.trim())).toEqual(["long"]);
  });

  it("empty to empty is empty", () => {
    expect(diffList([], [])).toEqual([]);
  });
});

describe("diffText", () => {
  it("marks inserted and deleted words", () => {
    const parts = diffText("Negotiates wages with the employer.", "Negotiates fair wages with employers.");
    expect(parts.filter((p) => p.kind === "added").map((p) => p.value.trim())).toEqual(["fair", "employers"]);
    expect(parts.filter((p) => p.kind === "removed").map((p) => p.value.trim())).toEqual(["the employer"]);
    expect(
      parts
        .filter((p) => p.kind !== "added")
        .map((p) => p.value)
        .join(""),
    ).toBe("Negotiates wages with the employer.");
  });

  it("splits Japanese text into words", () => {
    const parts = diffText("労働組合の書記長です", "労働組合の委員長です");
    expect(parts.some((p) => p.kind === "same" && p.value.includes("労働"))).toBe(true);
  });

  it("returns one unchanged run for equal text and nothing for two empty texts", () => {
    expect(diffText("same", "same")).toEqual([{ value: "same", kind: "same" }]);
    expect(diffText("", "")).toEqual([]);
  });
});

describe("diffProfiles", () => {
  it("marks only the changed fields, aptitude rows keyed by item", () => {
    const a = {
      ...emptyProfile(),
      name: "Welder",
      aliases: ["A", "B"],
      aptitudes: { strengths: [{ item: "Focus", reason: "Long welds" }], weaknesses: [] },
    };
    const b = { ...a, aliases: ["B", "A"], aptitudes: { strengths: [{ item: "Focus", reason: "Very long welds" }], weaknesses: [] } };
    const d = diffProfiles(a, b);
    expect(d.filter((f) => f.changed).map((f) => f.key)).toEqual(["strengths", "aliases"]);
    const strengths = d.find((f) => f.key === "strengths")!;
    expect(strengths.type === "list" && strengths.items[0].kind).toBe("changed");
  });
});
