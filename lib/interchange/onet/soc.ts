import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";

export type SocTiers = { major: string; minor: string; broad: string };

/**
 * SOC 2018 detailed code (e.g. 11-1011) → the names of its major, minor and broad groups.
 * Each row fills one of the four code columns, and a child row follows its parent in document
 * order, so parents are tracked while reading rather than derived from code digits (minor group
 * 15-1200 holds 15-1211, which a "first digit + 000" rule would get wrong).
 * The file is Windows-1252 (one 0x92 quote in "Police and Sheriff’s Patrol Officers").
 */
export async function readSocStructure(file: string): Promise<Map<string, SocTiers>> {
  const text = new TextDecoder("windows-1252").decode(await readFile(file));
  const rows = parse(text, { bom: true, skip_empty_lines: true, from_line: 2 }) as string[][];
  const out = new Map<string, SocTiers>();
  let major = "";
  let minor = "";
  let broad = "";
  for (const [majorCode, minorCode, broadCode, detailedCode, name] of rows) {
    const title = (name ?? "").trim();
    if (majorCode) [major, minor, broad] = [title, "", ""];
    else if (minorCode) [minor, broad] = [title, ""];
    else if (broadCode) broad = title;
    else if (detailedCode) out.set(detailedCode.trim(), { major, minor, broad });
  }
  return out;
}
