import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCard } from "@/lib/cards/read-card";
import { issueList } from "@/lib/validation/issue-list";
import { LIST_MAX, NAME_MAX, profileContent, profileWrite } from "./schema";

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

  it("refuses unknown keys anywhere, naming each key's path", () => {
    const p = base();
    const r = profileWrite.safeParse({ ...p, sumary: "x", classification: { ...p.classification, majr: "y" }, source: { name: "S", urll: "z" } });
    expect(r.success).toBe(false);
    expect(issueList(r.error!).map((i) => `${i.path}: ${i.message}`).sort()).toEqual([
      "classification.majr: Unknown key",
      "source.urll: Unknown key",
      "sumary: Unknown key",
    ]);
  });

  it("refuses NUL, control and bidi-override characters in one-line fields", () => {
    const p = base();
    expect(fields({ ...p, name: "Bak\u0000er" })).toHaveProperty("name", "Contains a control character (U+0000)");
    expect(fields({ ...p, name: "Bak\ter" })).toHaveProperty("name");
    expect(fields({ ...p, name: "Bak\u0085er" })).toHaveProperty("name");
    expect(fields({ ...p, name: "Baker \u202Erekab" })).toHaveProperty("name", "Contains a bidirectional-override character (U+202E)");
    expect(fields({ ...p, reading: "ぱん\u2066や" })).toHaveProperty("reading");
    expect(fields({ ...p, aliases: ["ok", "b\u202Dad"] })).toHaveProperty("aliases.1");
    expect(fields({ ...p, requiredSkills: ["x\u0007"] })).toHaveProperty("requiredSkills.0");
    expect(fields({ ...p, aptitudes: { strengths: [{ item: "a\u001b[31m", reason: "" }], weaknesses: [] } })).toHaveProperty("aptitudes.strengths.0.item");
    expect(fields({ ...p, classification: { ...p.classification, major: "M\u0000" } })).toHaveProperty("classification.major");
    expect(fields({ ...p, relatedJobs: [{ name: "\u202Ex", slug: null }] })).toHaveProperty("relatedJobs.0.name");
    // Ordinary text outside Latin, emoji (surrogate pairs) and right-to-left letters are fine.
    expect(fields({ ...p, aliases: ["パン職人", "🍞 baker", "خباز"] })).toEqual({});
  });

  it("allows tab and newlines in long texts but no other control character", () => {
    const p = base();
    expect(fields({ ...p, description: "a\tb\nc\r\nd" })).toEqual({});
    expect(fields({ ...p, description: "a\u0000b" })).toHaveProperty("description", "Contains a control character (U+0000)");
    expect(fields({ ...p, summary: "\u000b" })).toHaveProperty("summary");
  });

  it("refuses lone surrogates everywhere", () => {
    const p = base();
    expect(fields({ ...p, name: "Baker\uD800" })).toHaveProperty("name");
    expect(fields({ ...p, description: "x\uDC00y" })).toHaveProperty("description");
    expect(fields({ ...p, aliases: ["\uD83D"] })).toHaveProperty("aliases.0");
  });

  it("accepts only http and https source addresses", () => {
    const src = (url: string) => ({ ...base(), source: { name: "S", url } });
    expect(fields(src("https://example.org/a"))).toEqual({});
    expect(fields(src("http://example.org"))).toEqual({});
    for (const bad of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "ftp://example.org", "//example.org", "https://"]) {
      expect(fields(src(bad)), bad).toHaveProperty("source.url", "Use an http:// or https:// address");
    }
  });

  it("is the same content rule for cards and O*NET (profileContent)", () => {
    expect(profileContent.safeParse({ ...base(), name: "x\u0000" }).success).toBe(false);
  });
});
