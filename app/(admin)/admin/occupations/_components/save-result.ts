import type { ReverseLinkOutcome } from "@/lib/occupations/reverse-links";

export type SaveResult = { id: number; slug: string; version: number; status: "draft" | "published"; notices: string[] };

/** One line per profile the save also tried to link back from. */
export function describeReverseLinks(outcomes: ReverseLinkOutcome[]): string[] {
  return outcomes.map((o) =>
    o.result === "added"
      ? `Also added to the related jobs of “${o.name}”${o.published ? " (published)" : " (saved as a draft of that profile; publish it there)"}.`
      : o.result === "already"
        ? `“${o.name}” already lists this profile in its related jobs.`
        : `Could not add this profile to the related jobs of “${o.name}”: ${o.reason}. Add it there by hand.`,
  );
}
