import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCard } from "@/lib/cards/read-card";
import { LIST_MAX, NAME_MAX, profileWrite } from "./schema";

const base = () => {
  const r = readCard(readFileSync(path.resolve(__dirname, "../../db/demo/baker.txt"), "utf8"));
  if (!r.ok) throw new Error("demo card");
  return r.profile;
};
const fields = (v: unknown) => {
  const r = profileWrite.safeParse(v);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("profileWrite (write API body)", () => {
  it("accepts a profile sent back as read, read-only fields included", () => {
    const r = profileWrite.safeParse({ ...base(), slug: "baker", status: "published", version: 9, updatedAt: "2026-01-01T00:00:00Z" });
    expect(r.success).toBe(true);
  });

  it("accepts limits exactly and refuses one past them, naming the path", () => {
    expect(fields({ ...base(), name: "n".repeat(NAME_MAX) })).toEqual({});
    expect(fields({ ...base(), name: "n".repeat(NAME_MAX + 1) })).toHaveProperty("name");
    expect(fields({ ...base(), requiredSkills: Array(LIST_MAX).fill("s") })).toEqual({});
    expect(fields({ ...base(), requiredSkills: Array(LIST_MAX + 1).fill("s") })).toHaveProperty("requiredSkills");
  });

  it("refuses blank or multi-line names, non-kana readings and bad slugs", () => {
    expect(fields({ ...base(), name: "   " })).toHaveProperty("name", "Required");
    expect(fields({ ...base(), name: "a\nb" })).toHaveProperty("name");
    expect(fields({ ...base(), reading: "baker" })).toHaveProperty("reading");
    expect(fields({ ...base(), slug: "Bad Slug" })).toHaveProperty("slug");
    expect(fields({ ...base(), slug: "double--hyphen" })).toHaveProperty("slug");
  });

  it("names nested paths: classification, list items, aptitude rows", () => {
    const p = base();
    expect(fields({ ...p, classification: { ...p.classification, minor: "" } })).toHaveProperty("classification.minor");
    expect(fields({ ...p, personalityTraits: ["ok", ""] })).toHaveProperty("personalityTraits.1");
    expect(fields({ ...p, aptitudes: { strengths: [{ item: "", reason: "r" }], weaknesses: [] } })).toHaveProperty("aptitudes.strengths.0.item");
    expect(fields({ ...p, careerPath: [{ name: "x", slug: 3 }] })).toHaveProperty("careerPath.0.slug");
  });

  it("refuses wrong types and missing sections, and an unknown status", () => {
    expect(fields({ ...base(), summary: 42 })).toHaveProperty("summary");
    const { description: _d, ...noDescription } = base();
    expect(fields(noDescription)).toHaveProperty("description");
    expect(fields({ ...base(), status: "archived" })).toHaveProperty("status");
    expect(fields(null)).toHaveProperty("");
    expect(fields([])).toHaveProperty("");
  });

  it("trims single-line fields", () => {
    const r = profileWrite.parse({ ...base(), name: "  Baker  " });
    expect(r.name).toBe("Baker");
  });
});
