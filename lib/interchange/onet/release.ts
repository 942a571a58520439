import { existsSync } from "node:fs";
import path from "node:path";
import { byCode, readTable, type Row } from "./read-table";
import { readSocStructure, type SocTiers } from "./soc";

/** The tables of an O*NET text release that the import maps, grouped by O*NET-SOC code. */
export type OnetRelease = {
  occupationFile: string;
  occupations: Row[];
  /** Every occupation's title by code (related jobs and career steps name occupations outside `codes`). */
  titles: Map<string, string>;
  soc: Map<string, SocTiers>;
  alternateTitles: Map<string, Row[]>;
  reportedTitles: Map<string, Row[]>;
  related: Map<string, Row[]>;
  jobZones: Map<string, number>;
  workStyles: Map<string, Row[]>;
  skills: Map<string, Row[]>;
  /** Element ID → description (Content Model Reference), for aptitude reasons. */
  elements: Map<string, string>;
  /** Whether the skills came from the O*NET 29.3 supplement (the 27.0 snapshot lacks Skills.txt). */
  skillsFromSupplement: boolean;
};

const optional = async (file: string) => (existsSync(file) ? readTable(file) : []);

/** Default place of the SOC structure beside an O*NET folder: `<onet>/../soc2018/soc_structure_2018.csv`. */
export function defaultSocFile(onetDir: string): string {
  return path.resolve(onetDir, "../soc2018/soc_structure_2018.csv");
}

/**
 * Read a release folder. `Occupation Data.txt` and the SOC file are required; every other table
 * may be missing (its fields then stay empty). `codes` limits the occupations (for tests).
 */
export async function readOnetRelease(dir: string, socFile = defaultSocFile(dir), codes?: string[]): Promise<OnetRelease> {
  const file = (name: string) => path.join(dir, name);
  const occupationFile = file("Occupation Data.txt");
  if (!existsSync(occupationFile)) throw new Error(`${occupationFile}: not found (is ${dir} an O*NET text release?)`);
  if (!existsSync(socFile)) throw new Error(`${socFile}: SOC 2018 structure not found (use --soc)`);
  const keep = codes ? new Set(codes) : undefined;
  const filter = (rows: Row[]) => (keep ? rows.filter((r) => keep.has(r["O*NET-SOC Code"])) : rows);
  const supplement = file("supplement_29.3/Skills.txt");
  const ownSkills = file("Skills.txt");
  const skillsFile = existsSync(ownSkills) ? ownSkills : supplement;
  const [occupations, soc, alternate, reported, related, zones, styles, skills, elements] = await Promise.all([
    readTable(occupationFile),
    readSocStructure(socFile),
    optional(file("Alternate Titles.txt")),
    optional(file("Sample of Reported Titles.txt")),
    optional(file("Related Occupations.txt")),
    optional(file("Job Zones.txt")),
    optional(file("Work Styles.txt")),
    optional(skillsFile),
    optional(file("Content Model Reference.txt")),
  ]);
  return {
    occupationFile,
    occupations: filter(occupations),
    titles: new Map(occupations.map((r) => [r["O*NET-SOC Code"], r["Title"]])),
    soc,
    alternateTitles: byCode(filter(alternate)),
    reportedTitles: byCode(filter(reported)),
    related: byCode(filter(related)),
    jobZones: new Map(zones.map((r) => [r["O*NET-SOC Code"], Number(r["Job Zone"])])),
    workStyles: byCode(filter(styles)),
    skills: byCode(filter(skills)),
    elements: new Map(elements.map((r) => [r["Element ID"], r["Description"]])),
    skillsFromSupplement: skillsFile === supplement && skills.length > 0,
  };
}
