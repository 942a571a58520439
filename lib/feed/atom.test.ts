import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { createOccupation, deleteOccupation, publishOccupation, updateOccupation } from "@/lib/occupations/edit";
import { emptyProfile, type ProfileContent } from "@/lib/occupations/schema";
import { useEmptyDatabase } from "@/test/use-database";
import { atomFeed } from "./atom";
import { listCatalogChanges, majorTierId } from "./catalog-changes";

const actor = { id: null, email: "feed@example.test" };
const profile = (name: string, major = "Services"): ProfileContent => ({
  ...emptyProfile(),
  name,
  classification: { major, middle: `${major} middle`, minor: `${major} minor` },
  summary: `${name} summary.`,
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
/** An element's text, whether the parser gave a string or an object with attributes. */
const text = (v: { "#text"?: string } | string) => (typeof v === "string" ? v : (v["#text"] ?? ""));
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The Atom elements RFC 4287 requires, checked on the parsed document. */
function requireAtom(xml: string) {
  const doc = parser.parse(xml);
  const feed = doc.feed;
  expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
  expect(feed.id).toMatch(/^https?:\/\//);
  expect(String(feed.title["#text"] ?? feed.title)).not.toBe("");
  expect(feed.updated).toMatch(RFC3339);
  type Entry = {
    id: string;
    title: { "#text"?: string } | string;
    updated: string;
    link: { "@href": string } | { "@href": string }[];
    author?: unknown;
    summary: { "#text"?: string } | string;
  };
  const entries = asArray(feed.entry) as Entry[];
  for (const e of entries) {
    expect(e.id).toMatch(/^tag:[^,]+,\d{4}-\d{2}-\d{2}:/);
    expect(text(e.title)).not.toBe("");
    expect(e.updated).toMatch(RFC3339);
    expect(asArray(e.link).some((l) => /^https?:\/\//.test(l["@href"]))).toBe(true);
  }
  // Every entry has an author, or the feed has one (RFC 4287 4.1.1).
  expect(feed.author?.name ?? entries.every((e) => e.author)).toBeTruthy();
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  return entries;
}

describe("the public Atom feed", () => {
  it("lists new profiles, new published versions and removals, newest first, as valid Atom", async () => {
    useEmptyDatabase();
    const baker = await createOccupation(profile("Baker"), { actor, publish: true });
    await createOccupation(profile("Welder", "Production"), { actor, publish: true });
    // A draft edit is not public: it must not appear.
    const draft = await updateOccupation(baker.id, { ...profile("Baker"), summary: "Draft only." }, { expectedVersion: 1, actor });
    await publishOccupation(baker.id, { expectedVersion: draft.version, actor, message: "Clearer summary" });
    const chef = await createOccupation(profile("Chef"), { actor, publish: true });
    await deleteOccupation(chef.id, { actor });
    const never = await createOccupation(profile("Never published"), { actor });
    await deleteOccupation(never.id, { actor });

    const changes = await listCatalogChanges();
    expect(changes.map((c) => `${c.kind} ${c.name}`)).toEqual(["removed Chef", "new Chef", "updated Baker", "new Welder", "new Baker"]);
    expect(changes.find((c) => c.kind === "updated")?.summary).toBe("Changed: Summary.");

    const xml = atomFeed(changes, { baseUrl: "http://catalog.test", path: "/feed.xml", title: "Catalog changes", subtitle: "Latest" });
    const entries = requireAtom(xml);
    expect(entries.map((e) => text(e.title))).toEqual(["Removed: Chef", "New: Chef", "Updated: Baker", "New: Welder", "New: Baker"]);
    expect(asArray(entries[2].link)[0]["@href"]).toBe("http://catalog.test/occupations/baker");
    expect(text(entries[2].summary)).toContain("http://catalog.test/occupations/baker/history");
    expect(xml).not.toContain("Draft only");
    expect(xml).not.toContain("feed@example.test");
  });

  it("a Major tier's feed holds only that tier's changes", async () => {
    useEmptyDatabase();
    await createOccupation(profile("Baker"), { actor, publish: true });
    await createOccupation(profile("Welder", "Production"), { actor, publish: true });
    const majorId = await majorTierId("production");
    expect(majorId).toBeDefined();
    const changes = await listCatalogChanges({ majorId });
    expect(changes.map((c) => c.name)).toEqual(["Welder"]);
    requireAtom(atomFeed(changes, { baseUrl: "http://catalog.test", path: "/browse/production/feed.xml", title: "t", subtitle: "s" }));
  });

  it("an empty catalog still gives a valid feed", async () => {
    useEmptyDatabase();
    expect(
      requireAtom(atomFeed(await listCatalogChanges(), { baseUrl: "http://catalog.test", path: "/feed.xml", title: "t", subtitle: "s" })),
    ).toEqual([]);
  });
});
