import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { importRecords } from "@/lib/interchange/import";
import { decodeFiles, expandPaths } from "@/lib/interchange/read-files";
import { createOccupation, deleteOccupation } from "@/lib/occupations/edit";
import { compareByReading } from "./gojuon";
import { countByReadingRow, listByReadingRow } from "./reading-index";

const actor = { id: null, email: "test@example.test" };
const profile = (name: string, reading: string) => ({
  name,
  reading,
  industry: "",
  classification: { major: "Test Major", middle: "Test Middle", minor: "Test Minor" },
  summary: "",
  description: "",
  futureOutlook: "",
  personalityTraits: [],
  workStyle: "",
  careerPath: [],
  requiredSkills: [],
  recommendedSkills: [],
  aptitudes: { strengths: [], weaknesses: [] },
  aliases: [],
  relatedJobs: [],
  source: null,
});

beforeAll(async () => {
  const { files } = await expandPaths([path.resolve(__dirname, "../../db/demo")], "card");
  const report = await importRecords(await decodeFiles(files));
  expect(report.errors).toEqual([]);
});

describe("the gojūon index", () => {
  it("ら lists the three labor-union profiles", async () => {
    const { total, items } = await listByReadingRow("ら", 60, 0);
    // ろうどうくみあい… three times, and りがくりょうほうし (physical therapist): り before ろ, じむ (voiced し) before しょ.
    expect(total).toBe(4);
    expect(items.map((i) => i.slug)).toEqual([
      "physical-therapist",
      "labor-union-chairperson",
      "labor-union-bureau-chief",
      "labor-union-secretary-general",
    ]);
  });

  it("puts voiced, semi-voiced and katakana readings in their row, in Japanese collation order, and pages", async () => {
    await createOccupation(profile("Painter", "がか"), { actor, publish: true });
    await createOccupation(profile("Baker B", "パンや"), { actor, publish: true });
    await createOccupation(profile("Gone", "かかし"), { actor, publish: true }).then((r) => deleteOccupation(r.id, { actor }));
    await createOccupation(profile("Draft", "かかし"), { actor });
    const ka = await listByReadingRow("か", 100, 0);
    expect(ka.items.map((i) => i.slug)).toContain("painter");
    expect(ka.items.map((i) => i.slug)).not.toContain("gone");
    expect(ka.items.map((i) => i.slug)).not.toContain("draft");
    expect([...ka.items].sort(compareByReading)).toEqual(ka.items);
    // Collation, not code points: がか (ga-ka) before かんごし, which byte order would put first.
    const order = ka.items.map((i) => i.reading);
    expect(order.indexOf("がか")).toBeLessThan(order.indexOf("かんごし"));
    expect((await listByReadingRow("は", 100, 0)).items.map((i) => i.slug)).toContain("baker-b");
    const first = await listByReadingRow("か", 2, 0);
    const second = await listByReadingRow("か", 2, 2);
    expect(first.items.concat(second.items)).toEqual(ka.items.slice(0, 4));
  });

  it("counts every row, empty ones as 0, matching the listings", async () => {
    const rows = await countByReadingRow();
    expect(rows.map((r) => r.row)).toEqual(["あ", "か", "さ", "た", "な", "は", "ま", "や", "ら", "わ"]);
    for (const { row, count } of rows) expect((await listByReadingRow(row, 1, 0)).total).toBe(count);
    expect(rows.find((r) => r.row === "ら")!.count).toBe(4);
  });
});
