"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { COMPARE_MAX, compareHref } from "@/lib/compare/selection";
import { storeSelection, useStoredSelection } from "@/lib/compare/stored-selection";
import "./add-to-compare.css";

/**
 * "Add to compare" for one profile. Before hydration (and without JavaScript) it is a link to the
 * comparison with this profile, whose form adds the others; then a toggle button that keeps the
 * selection in local storage, with a link to compare what is chosen.
 */
export function AddToCompare({ slug, name }: { slug: string; name: string }) {
  const selection = useStoredSelection();
  const t = useTranslations("Compare");
  const hidden = (c: React.ReactNode) => <span className="visually-hidden">{c}</span>;
  if (selection === null) {
    return (
      <span className="add-to-compare">
        <Link className="button secondary" href={compareHref([slug])}>
          {t.rich("withOthers", { name, hidden })}
        </Link>
      </span>
    );
  }
  const chosen = selection.includes(slug);
  const full = !chosen && selection.length >= COMPARE_MAX;
  const toggle = () => storeSelection(chosen ? selection.filter((s) => s !== slug) : [...selection, slug]);
  return (
    <span className="add-to-compare">
      {/* A toggle keeps one label; aria-pressed (and the tick) say whether it is chosen. */}
      <button type="button" className="secondary" aria-pressed={chosen} disabled={full} onClick={toggle}>
        <span aria-hidden="true">{chosen ? "✓ " : "+ "}</span>
        {t.rich("add", { name, hidden })}
      </button>
      {full && <span className="muted"> {t("full", { max: COMPARE_MAX })}</span>}
      {selection.length > 0 && <Link href={compareHref(selection)}>{t.rich("compareChosen", { count: selection.length, hidden })}</Link>}
    </span>
  );
}
