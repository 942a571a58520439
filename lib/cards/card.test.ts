import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCard } from "./parse";
import { readCard } from "./read-card";
import { serializeCard } from "./serialize";

/** Errors as the CLI shows them (file, line, English message), without the words for other languages. */
const plain = <E extends { phrase?: unknown }>(errors: E[]) => errors.map(({ phrase: _phrase, ...e }) => e);

const SEED = path.resolve(__dirname, "../../db/demo/labor-union-secretary-general.txt");
const seed = readFileSync(SEED, "utf8");

function ok(text: string) {
  const r = parseCard(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.card.profile;
}

function errors(text: string) {
  const r = readCard(text);
  if (r.ok) throw new Error("expected errors");
  return r.errors;
}

describe("profile card", () => {
  it("parses every section of the seed card", () => {
    const p = ok(seed);
    expect(p.name).toBe("Labor union secretary general");
    expect(p.reading).toBe("ろうどうくみあいしょきちょう");
    expect(p.classification).toEqual({
      major: "Managerial Occupations",
      middle: "Corporate and Organizational Executives",
      minor: "Other Corporate and Organizational Executives",
    });
    expect(p.summary).toMatch(/^Serves as secretary general/);
    expect(p.description).toMatch(/strengthening union activities\.$/);
    expect(p.futureOutlook).toMatch(/remain stable\.$/);
    expect(p.personalityTraits).toEqual(["Cooperative", "Fair-minded", "Leadership-oriented", "Patient", "Strong sense of responsibility"]);
    expect(p.workStyle).toBe("");
    expect(p.careerPath.map((s) => s.name)).toEqual([
      "Union secretary",
      "Deputy secretary general",
      "Secretary general",
      "Chairperson",
      "Bureau chief",
    ]);
    expect(p.requiredSkills).toHaveLength(5);
    expect(p.recommendedSkills).toEqual([]);
    expect(p.aptitudes.strengths).toHaveLength(7);
    expect(p.aptitudes.strengths[6]).toEqual({
      item: "Collaboration & Teamwork",
      reason: "Because activities are advanced in collaboration with the executive board and members.",
    });
    expect(p.aptitudes.weaknesses).toEqual([
      { item: "Physical Stamina & Endurance", reason: "Because it is mainly desk work with little physical labor." },
    ]);
    expect(p.aliases).toEqual(["Union secretary general"]);
    expect(p.relatedJobs.map((r) => r.name)).toEqual(["Labor union bureau chief", "Labor union chairperson"]);
  });

  it("serialises the seed back to the same bytes", () => {
    expect(serializeCard(ok(seed))).toBe(seed);
  });

  it("tolerates CRLF, a BOM, trailing spaces, blank lines at section ends and -> in a career path", () => {
    const messy =
      "\uFEFF" +
      seed
        .replace("Union secretary → Deputy", "Union secretary -> Deputy")
        .replace("Future Outlook", "\n\nFuture Outlook")
        .split("\n")
        .map((l) => `${l}  `)
        .join("\r\n");
    expect(serializeCard(ok(messy))).toBe(seed);
  });

  it("keeps an empty aptitude table's header when serialising", () => {
    const p = ok(seed);
    p.aptitudes.weaknesses = [];
    expect(serializeCard(p)).toContain("Aptitudes (Weaknesses Acceptable)\n| Item | Description |\n|---|---|\nAliases");
  });

  it("round-trips a pipe and a backslash inside a table cell", () => {
    const p = ok(seed);
    p.aptitudes.strengths[0].reason = "Uses a | b and c:\\d";
    expect(ok(serializeCard(p)).aptitudes.strengths[0].reason).toBe("Uses a | b and c:\\d");
  });

  it("round-trips a one-item list that looks like a heading, and still reports a stray heading after a list", () => {
    const p = ok(seed);
    p.requiredSkills = ["Time Management"];
    p.careerPath = [{ name: "Chief Executives", slug: null }];
    expect(ok(serializeCard(p))).toMatchObject({ requiredSkills: ["Time Management"], careerPath: [{ name: "Chief Executives" }] });
    const stray = serializeCard(p).replace("Time Management", "Time Management\nSalary Range");
    expect(errors(stray).map((e) => e.message)).toEqual([
      expect.stringMatching(/unknown section heading "Time Management"/),
      expect.stringMatching(/unknown section heading "Salary Range"/),
    ]);
  });

  it("reports a missing name", () => {
    expect(errors(seed.split("\n").slice(2).join("\n"))[0]).toMatchObject({ line: 1, message: expect.stringMatching(/missing name/) });
  });

  it("reports an incomplete classification at its line", () => {
    const e = errors(seed.replace("- Middle : Corporate and Organizational Executives\n", ""));
    expect(plain(e)).toEqual([{ line: 4, message: expect.stringMatching(/incomplete classification: missing Middle/) }]);
  });

  it("reports a missing classification", () => {
    const text = seed.replace(/Classification\n- Major.*\n- Middle.*\n- Minor.*\n/, "");
    expect(errors(text).some((e) => /missing section "Classification"/.test(e.message))).toBe(true);
  });

  it("reports an unknown heading, a bad table row and a duplicate section, all at once with lines", () => {
    const lines = seed.split("\n");
    lines.splice(12, 0, "Salary Range"); // inside Future Outlook, before line 13's heading
    const text = lines.join("\n").replace("| Problem Solving | Because", "| Problem Solving Because").concat("\nAliases\n- Again");
    const e = errors(text);
    expect(e.map((x) => x.message)).toEqual([
      expect.stringMatching(/unknown section heading "Salary Range"/),
      expect.stringMatching(/table row needs two cells/),
      expect.stringMatching(/duplicate section "Aliases"/),
    ]);
    expect(e[0].line).toBe(13);
    expect(lines.join("\n").split("\n")[e[0].line - 1]).toBe("Salary Range");
  });

  it("suggests the right heading for a wrongly cased one", () => {
    const e = errors(seed.replace("Required Skills", "required skills"));
    expect(e[0].message).toMatch(/did you mean "Required Skills"/);
    expect(e[0].line).toBe(19);
  });

  it("rejects a reading that is not kana, at line 2", () => {
    expect(plain(errors(seed.replace("ろうどうくみあいしょきちょう", "労働組合書記長")))).toEqual([
      { line: 2, message: expect.stringMatching(/reading: Use hiragana or katakana only/) },
    ]);
  });
});
