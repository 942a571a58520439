import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** The tables readOnetRelease reads; those keyed by occupation are cut down to the slice. */
const TABLES = [
  "Occupation Data.txt",
  "Alternate Titles.txt",
  "Sample of Reported Titles.txt",
  "Related Occupations.txt",
  "Job Zones.txt",
  "Work Styles.txt",
  "Skills.txt",
  "supplement_29.3/Skills.txt",
  "Content Model Reference.txt",
];

/**
 * A smaller O*NET release for tests that run the real `import-onet` command: the occupations whose
 * O*NET-SOC code starts with one of `prefixes` (e.g. "11-"), with their rows of every table, in a
 * fresh temporary folder (the release itself is never copied into the repository).
 */
export function onetSlice(onetDir: string, prefixes: string[]): string {
  const out = mkdtempSync(path.join(tmpdir(), "onet-slice-"));
  const keep = (code: string) => prefixes.some((p) => code.startsWith(p));
  for (const name of TABLES) {
    const from = path.join(onetDir, name);
    if (!existsSync(from)) continue;
    const lines = readFileSync(from, "utf8").split("\n");
    const byCode = lines[0].startsWith("O*NET-SOC Code\t");
    const kept = byCode ? [lines[0], ...lines.slice(1).filter((l) => l && keep(l.slice(0, l.indexOf("\t"))))] : lines;
    mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
    writeFileSync(path.join(out, name), `${kept.join("\n")}\n`);
  }
  return out;
}
