import type { ProfileContent } from "@/lib/occupations/schema";
import { diffProfiles } from "./diff";

/**
 * One line saying what changed between two published versions: the sections whose text changed,
 * and for lists how many items were added and removed (moves and rewordings named as such).
 * `before` undefined means the first published version.
 */
export function summariseChange(before: ProfileContent | undefined, after: ProfileContent): string {
  if (!before) return "First published.";
  const parts: string[] = [];
  for (const d of diffProfiles(before, after)) {
    if (!d.changed) continue;
    if (d.type === "text") {
      parts.push(d.label);
      continue;
    }
    const count = (kind: string) => d.items.filter((e) => e.kind === kind).length;
    const counts = [
      [count("added"), "added"],
      [count("removed"), "removed"],
      [count("changed"), "reworded"],
      [count("moved"), "moved"],
    ]
      .filter(([n]) => (n as number) > 0)
      .map(([n, what]) => `${n} ${what}`);
    parts.push(counts.length ? `${d.label} (${counts.join(", ")})` : d.label);
  }
  return parts.length ? `Changed: ${parts.join("; ")}.` : "No change to the content.";
}
