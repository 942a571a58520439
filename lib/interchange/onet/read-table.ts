import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";

export type Row = Record<string, string> & { _line: number };

/**
 * An O*NET text-edition table: tab-delimited, a header row, no quoting (SOURCE.md checked that no
 * field is quoted). Each row keeps its physical line number for error messages.
 */
export async function readTable(file: string): Promise<Row[]> {
  const text = await readFile(file, "utf8");
  const records = parse(text, { delimiter: "\t", quote: false, bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  const [header, ...rows] = records;
  if (!header) return [];
  return rows.map((cells, i) => {
    const row = { _line: i + 2 } as Row;
    header.forEach((h, j) => (row[h] = cells[j] ?? ""));
    return row;
  });
}

/** Rows grouped by their O*NET-SOC code, in file order. */
export function byCode(rows: Row[]): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const r of rows) {
    const code = r["O*NET-SOC Code"];
    let list = out.get(code);
    if (!list) out.set(code, (list = []));
    list.push(r);
  }
  return out;
}
