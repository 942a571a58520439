import { parse } from "csv-parse/sync";
import { failedRecord, importError, type ImportRecord } from "./records";
import { CSV_COLUMNS, OPTIONAL_COLUMNS, fromCsvRow, type CsvColumn } from "./csv-layout";
import { validateRecord } from "./validate-record";

type Parsed = { record: string[]; raw: string; info: { lines: number } };

/** The physical line a record starts on: csv-parse counts lines up to the record's end. */
function startLine(p: Parsed): number {
  const body = p.raw.replace(/^(\r?\n)+/, "").replace(/\r?\n$/, "");
  return p.info.lines - (body.match(/\n/g)?.length ?? 0);
}

/**
 * A CSV file: a header row naming the columns (any order), then one profile per row. Errors carry
 * the physical line where the row starts (a quoted cell may span several lines).
 */
export function decodeCsvFile(file: string, text: string): ImportRecord[] {
  let rows: Parsed[];
  try {
    rows = parse(text, { bom: true, info: true, raw: true, relax_column_count: true, skip_empty_lines: true }) as unknown as Parsed[];
  } catch (e) {
    // csv-parse counts a CRLF inside quotes as two lines; its byte offset of the failure gives
    // the physical line instead.
    const err = e as Error & { bytes?: number };
    const before = Buffer.from(text)
      .subarray(0, err.bytes ?? 0)
      .toString("utf8");
    const line = before.split(/\r\n|\r|\n/).length;
    return [failedRecord(file, line, "ImportErrors.invalidCsv", { detail: err.message })];
  }
  if (rows.length === 0) return [failedRecord(file, 1, "ImportErrors.csvEmpty")];

  const [header, ...body] = rows;
  const headerLine = startLine(header);
  const names = header.record.map((h) => h.trim());
  const known = new Set<string>(CSV_COLUMNS);
  const headerErrors = [
    ...names.filter((n) => !known.has(n)).map((name) => importError(file, headerLine, "ImportErrors.csvUnknownColumn", { name })),
    ...names
      .filter((n, i) => names.indexOf(n) !== i)
      .map((name) => importError(file, headerLine, "ImportErrors.csvDuplicateColumn", { name })),
    ...CSV_COLUMNS.filter((c) => !OPTIONAL_COLUMNS.has(c) && !names.includes(c)).map((name) =>
      importError(file, headerLine, "ImportErrors.csvMissingColumn", { name }),
    ),
  ];
  if (headerErrors.length) {
    return [{ file, line: headerLine, errors: headerErrors }];
  }
  if (body.length === 0) return [failedRecord(file, headerLine, "ImportErrors.csvNoRows")];

  return body.map((p) => {
    const line = startLine(p);
    if (p.record.length !== names.length) {
      return failedRecord(file, line, "ImportErrors.csvCellCount", { cells: String(p.record.length), columns: String(names.length) });
    }
    const row: Partial<Record<CsvColumn, string>> = {};
    names.forEach((n, i) => (row[n as CsvColumn] = p.record[i]));
    return validateRecord(file, line, fromCsvRow(row));
  });
}
