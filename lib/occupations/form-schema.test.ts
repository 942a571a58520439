import { describe, expect, it } from "vitest";
import { profileForm, type ProfileFormInput } from "./form-schema";
import { emptyProfile, NAME_MAX } from "./schema";

const valid = (): ProfileFormInput => ({
  ...emptyProfile(),
  name: "Welder",
  reading: "ようせつこう",
  classification: { major: "Production", middle: "Metal", minor: "Welding" },
  slug: "",
  message: "",
  reverseLinks: [],
});

function errors(input: ProfileFormInput): Record<string, string> {
  const r = profileForm.safeParse(input);
  if (r.success) return {};
  return Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("profileForm", () => {
  it("accepts a minimal profile with an empty slug (derived from the name on save)", () => {
    expect(errors(valid())).toEqual({});
  });

  it("requires a name and keeps it to one line of at most NAME_MAX characters", () => {
    expect(errors({ ...valid(), name: "   " })).toEqual({ name: "Required" });
    expect(errors({ ...valid(), name: "x".repeat(NAME_MAX) })).toEqual({});
    expect(errors({ ...valid(), name: "x".repeat(NAME_MAX + 1) })).toHaveProperty("name");
    expect(errors({ ...valid(), name: "two\nlines" })).toHaveProperty("name");
  });

  it("accepts a reading in hiragana or katakana only", () => {
    expect(errors({ ...valid(), reading: "ウェルダー・ようせつ" })).toEqual({});
    expect(errors({ ...valid(), reading: "yousetsu" })).toEqual({ reading: "Use hiragana or katakana only" });
    expect(errors({ ...valid(), reading: "溶接工" })).toEqual({ reading: "Use hiragana or katakana only" });
  });

  it("flags a duplicate alias at the second occurrence, ignoring case and width", () => {
    expect(errors({ ...valid(), aliases: ["Welder A", "Other", "ＷＥＬＤＥＲ a"] })).toEqual({ "aliases.2": "Duplicate of item 1" });
  });

  it("flags duplicates even while another field is invalid", () => {
    expect(errors({ ...valid(), reading: "abc", aliases: ["A", "a"] })).toEqual({
      reading: "Use hiragana or katakana only",
      "aliases.1": "Duplicate of item 1",
    });
  });

  it("flags an empty list item", () => {
    expect(errors({ ...valid(), requiredSkills: ["Welding", ""] })).toEqual({ "requiredSkills.1": "Required" });
  });

  it("refuses a related job naming the profile itself, and duplicates", () => {
    expect(errors({ ...valid(), relatedJobs: [{ name: "welder", slug: null }] })).toEqual({
      "relatedJobs.0.name": "A profile cannot be related to itself",
    });
    expect(errors({ ...valid(), relatedJobs: [{ name: "Plumber" }, { name: "Plumber" }] })).toEqual({
      "relatedJobs.1.name": "Duplicate of related job 1",
    });
  });

  it("checks the slug's shape but leaves uniqueness to the server", () => {
    expect(errors({ ...valid(), slug: "Bad Slug" })).toEqual({ slug: "Use lower-case letters, digits and single hyphens" });
    expect(errors({ ...valid(), slug: "good-slug-2" })).toEqual({});
  });

  it("requires all three classification tiers", () => {
    expect(errors({ ...valid(), classification: { major: "A", middle: "", minor: "C" } })).toEqual({ "classification.middle": "Required" });
  });
});
