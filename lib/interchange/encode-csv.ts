import { stringify } from "csv-stringify/sync";
import { CSV_COLUMNS, toCsvRow } from "./csv-layout";
import type { ExportedProfile } from "./encode-json";

/** The header row and one row per profile; csv-stringify quotes cells with commas, quotes or newlines. */
export function encodeCsv(profiles: ExportedProfile[]): string {
  return stringify(profiles.map(toCsvRow), { header: true, columns: [...CSV_COLUMNS], record_delimiter: "\n" });
}
