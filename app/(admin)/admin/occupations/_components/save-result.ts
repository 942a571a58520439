import { LIST_MAX } from "@/lib/occupations/schema";
import type { ReverseLinkOutcome } from "@/lib/occupations/reverse-links";

export type SaveResult = { id: number; slug: string; version: number; status: "draft" | "published"; notices: string[] };

/** The Admin.Save messages (next-intl's getTranslations), as the describer needs them. */
type SaveWords = (key: "linkAdded" | "linkAlready" | "linkFailed", values: Record<string, string | number>) => string;

/** One line per profile the save also tried to link back from, in the editor's language. */
export function describeReverseLinks(outcomes: ReverseLinkOutcome[], t: SaveWords): string[] {
  return outcomes.map((o) =>
    o.result === "added"
      ? t("linkAdded", { name: o.name, published: o.published ? "yes" : "no" })
      : o.result === "already"
        ? t("linkAlready", { name: o.name })
        : t("linkFailed", { name: o.name, reason: o.reason ?? "changed", max: LIST_MAX }),
  );
}
