import { KANA_PATTERN } from "@/lib/occupations/schema";

/**
 * A SQLite GLOB matching any text with a character outside KANA_PATTERN's class, built from that
 * pattern's own source so the dashboard and the form's validation agree on what is kana. GLOB
 * classes compare code points, like the regular expression.
 */
export const NOT_KANA_GLOB = (() => {
  const m = /^\^\[(.*)\]\*\$$/u.exec(KANA_PATTERN.source);
  if (!m) throw new Error("KANA_PATTERN is no longer a single character class");
  const chars = m[1].replace(/\\u([0-9A-Fa-f]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
  return `*[^${chars}]*`;
})();
