import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeTransaction } from "@/db/index";
import { listExportProfiles } from "@/lib/interchange/export";
import { ALIAS_MAX } from "@/lib/occupations/schema";
import { nameKey } from "@/lib/occupations/name-key";
import { saveProfile } from "@/lib/occupations/write";
import { useEmptyDatabase } from "@/test/use-database";
import { importOnet, importOnetRelease } from "./import-onet";
import { aliasesFor, firstSentence } from "./map-profile";
import type { Row } from "./read-table";
import { readOnetRelease, type OnetRelease } from "./release";

// The release lives outside the repository (../shared/data, never copied in); skip when absent.
const ONET = path.resolve(__dirname, "../../../../shared/data/onet");
const SOC = path.resolve(__dirname, "../../../../shared/data/soc2018/soc_structure_2018.csv");
const present = existsSync(path.join(ONET, "Occupation Data.txt")) && existsSync(SOC);

const CODES = ["11-1011.00", "11-1011.03", "11-1021.00", "15-1252.00", "55-1011.00"];

describe("O*NET mapping rules", () => {
  it("takes the first sentence, not stopping at U.S. or e.g.", () => {
    expect(firstSentence("Command ships. Required to hold license issued by U.S. Coast Guard.")).toBe("Command ships.");
    expect(firstSentence("Inspect goods, e.g. Food, for the U.S. Army. Then report.")).toBe("Inspect goods, e.g. Food, for the U.S. Army.");
    expect(firstSentence("One sentence only")).toBe("One sentence only");
  });

  it("orders aliases reported → short → alternate, unique by name key, never the title", () => {
    const row = (o: Record<string, string>) => ({ _line: 0, ...o }) as Row;
    const reported = [row({ "Reported Job Title": "Chief Executive Officer (CEO)" }), row({ "Reported Job Title": "chief executives" })];
    const alternate = [
      row({ "Alternate Title": "Chief Executive Officer (CEO)", "Short Title": "CEO" }),
      row({ "Alternate Title": "Bank President", "Short Title": "n/a" }),
      row({ "Alternate Title": "bank president", "Short Title": "n/a" }),
    ];
    expect(aliasesFor("Chief Executives", reported, alternate)).toEqual(["Chief Executive Officer (CEO)", "CEO", "Bank President"]);
  });
});

describe.skipIf(!present)("O*NET import (slice of the real release)", () => {
  let slice: Promise<OnetRelease> | undefined;
  const release = () => (slice ??= readOnetRelease(ONET, SOC, CODES));
  it("imports five occupations under their SOC tiers with aliases, related links and source", async () => {
    useEmptyDatabase();
    const report = await importOnetRelease(await release());
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ created: 5, occupations: 5 });
    const profiles = await listExportProfiles();
    const bySlug = new Map(profiles.map((p) => [p.slug, p]));
    expect([...bySlug.keys()].sort()).toEqual([
      "air-crew-officers",
      "chief-executives",
      "chief-sustainability-officers",
      "general-and-operations-managers",
      "software-developers",
    ]);

    const ceo = bySlug.get("chief-executives")!;
    expect(ceo.classification).toEqual({ major: "Management Occupations", middle: "Top Executives", minor: "Chief Executives" });
    expect(ceo.summary).toMatch(/^Determine and formulate policies .*\.$/);
    expect(ceo.description.startsWith(ceo.summary)).toBe(true);
    expect(ceo.reading).toBe("");
    expect(ceo.source).toEqual({
      name: "O*NET 27.0 Database",
      code: "11-1011.00",
      license: "CC BY 4.0",
      url: "https://www.onetonline.org/link/summary/11-1011.00",
    });
    expect(ceo.aliases.slice(0, 2)).toEqual(["Chief Diversity Officer (CDO)", "Chief Executive Officer (CEO)"]);
    expect(ceo.aliases).toContain("CEO");
    expect(ceo.aliases.length).toBeLessThanOrEqual(ALIAS_MAX);
    expect(new Set(ceo.aliases.map(nameKey)).size).toBe(ceo.aliases.length);
    expect(ceo.aliases.map(nameKey)).not.toContain(nameKey(ceo.name));
    // Related jobs: the Primary tiers in index order; those imported link to their profiles.
    expect(ceo.relatedJobs).toHaveLength(10);
    expect(ceo.relatedJobs[0]).toEqual({ name: "General and Operations Managers", slug: "general-and-operations-managers" });
    expect(ceo.relatedJobs).toContainEqual({ name: "Chief Sustainability Officers", slug: "chief-sustainability-officers" });
    expect(ceo.relatedJobs.filter((r) => r.slug === null)).toHaveLength(8);
    expect(ceo.requiredSkills).toHaveLength(8);
    expect(ceo.personalityTraits).toHaveLength(5);
    expect(ceo.aptitudes.strengths[0]).toEqual({
      item: ceo.personalityTraits[0],
      reason: expect.stringMatching(/^Importance [\d.]+ of 5 in O\*NET\. The job requires/),
    });
    expect(ceo.aptitudes.weaknesses).toHaveLength(2);
    // Job Zone 5 with a related Job Zone 4 occupation first in line, none above.
    expect(ceo.careerPath.map((s) => s.name)).toEqual(["General and Operations Managers", "Chief Executives"]);

    // Minor group 15-1200 holds 15-1252: tiers come from the SOC file's order, not code digits.
    expect(bySlug.get("software-developers")!.classification).toEqual({
      major: "Computer and Mathematical Occupations",
      middle: "Computer Occupations",
      minor: "Software and Web Developers, Programmers, and Testers",
    });
    // Military codes have no related occupations, work styles or skills in 27.0.
    const air = bySlug.get("air-crew-officers")!;
    expect(air).toMatchObject({ relatedJobs: [], careerPath: [], requiredSkills: [], personalityTraits: [] });
    expect(air.classification.major).toBe("Military Specific Occupations");
  });

  it("re-runs in place, skips hand-edited profiles unless --overwrite, and a dry run writes nothing", async () => {
    useEmptyDatabase();
    await importOnetRelease(await release());
    expect(await importOnetRelease(await release())).toMatchObject({ created: 0, updated: 0, unchanged: 5, skipped: [] });

    const ceo = (await listExportProfiles({ slugs: ["chief-executives"] }))[0];
    await writeTransaction(
      async (tx) => await saveProfile(tx, { ...ceo, summary: "Edited by hand." }, { slug: "chief-executives", status: "published" }),
    );

    const again = await importOnetRelease(await release());
    expect(again.skipped.map((s) => s.slug)).toEqual(["chief-executives"]);
    expect(again.skipped[0]).toMatchObject({ file: expect.stringMatching(/Occupation Data\.txt$/), line: 2 });
    expect((await listExportProfiles({ slugs: ["chief-executives"] }))[0].summary).toBe("Edited by hand.");

    const dry = await importOnetRelease(await release(), { overwrite: true, dryRun: true });
    expect(dry).toMatchObject({ updated: 1, written: false });
    expect((await listExportProfiles({ slugs: ["chief-executives"] }))[0].summary).toBe("Edited by hand.");

    const forced = await importOnetRelease(await release(), { overwrite: true });
    expect(forced).toMatchObject({ updated: 1, unchanged: 4, skipped: [] });
    expect((await listExportProfiles({ slugs: ["chief-executives"] }))[0].summary).toMatch(/^Determine/);
    // Overwritten means imported again: the next run leaves it be.
    expect(await importOnetRelease(await release())).toMatchObject({ unchanged: 5, skipped: [] });
  });

  it("reports an occupation whose code is not in the SOC file", async () => {
    useEmptyDatabase();
    const emptySoc = path.resolve(__dirname, "fixtures/soc-missing.csv");
    const report = await importOnet(ONET, { socFile: emptySoc, codes: ["11-1011.00"] });
    expect(report.errors).toEqual([
      {
        file: path.join(ONET, "Occupation Data.txt"),
        line: 2,
        message: expect.stringMatching(/11-1011\.00: no SOC 2018 detailed occupation 11-1011/),
      },
    ]);
    expect(report.written).toBe(false);
  });
});
