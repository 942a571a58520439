import JSZip from "jszip";
import { serializeCard } from "@/lib/cards/serialize";
import { CARD_SEPARATOR } from "@/lib/cards/split";
import type { Profile } from "@/lib/occupations/schema";
import { encodeCsv } from "./encode-csv";
import { encodeJsonProfiles } from "./encode-json";
import type { Format } from "./read-files";

/** The whole export as one document: cards separated by `---`, one JSON array, or one CSV table. */
export function exportDocument(format: Format, profiles: Profile[]): string {
  if (format === "json") return encodeJsonProfiles(profiles);
  if (format === "csv") return encodeCsv(profiles);
  const body = profiles.map(serializeCard).join(CARD_SEPARATOR);
  return body ? `${body}\n` : "";
}

/** A zip with one `<slug>.txt` card per profile. */
export function cardsZip(profiles: Profile[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const p of profiles) zip.file(`${p.slug}.txt`, serializeCard(p));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
