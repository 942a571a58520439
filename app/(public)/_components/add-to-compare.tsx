"use client";

import Link from "next/link";
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
  if (selection === null) {
    return (
      <span className="add-to-compare">
        <a className="button secondary" href={compareHref([slug])}>
          Compare with others<span className="visually-hidden">: {name}</span>
        </a>
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
        Add to compare<span className="visually-hidden">: {name}</span>
      </button>
      {full && <span className="muted"> {COMPARE_MAX} chosen already: remove one to add this.</span>}
      {selection.length > 0 && (
        <Link href={compareHref(selection)}>
          Compare ({selection.length}
          <span className="visually-hidden"> chosen</span>)
        </Link>
      )}
    </span>
  );
}
