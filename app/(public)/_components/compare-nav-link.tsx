"use client";

import Link from "next/link";
import { compareHref } from "@/lib/compare/selection";
import { useStoredSelection } from "@/lib/compare/stored-selection";

/** The header's "Compare" link: to the reader's stored selection, with its size, once hydrated. */
export function CompareNavLink() {
  const selection = useStoredSelection() ?? [];
  return (
    <Link href={compareHref(selection)}>
      Compare
      {selection.length > 0 && (
        <>
          {" "}
          ({selection.length}
          <span className="visually-hidden"> chosen</span>)
        </>
      )}
    </Link>
  );
}
