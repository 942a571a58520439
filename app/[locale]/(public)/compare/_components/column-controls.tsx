"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Link } from "@/i18n/navigation";
import { compareHref, moveSlug } from "@/lib/compare/selection";

/*
 * Which control to focus once the reordered (or shortened) table has rendered: a keyboard user
 * who moves a column keeps focus on it, and one who removes a column lands on the next one's
 * "Remove" instead of the top of the page. Module state: it must outlive the navigation.
 */
let pending: string | null = null;
const id = (action: string, slug: string) => `compare-${action}-${slug}`;

/** Move left / move right / remove for one column; plain links, so they work without JavaScript. */
export function ColumnControls({ slugs, slug, name }: { slugs: string[]; slug: string; name: string }) {
  const i = slugs.indexOf(slug);
  const t = useTranslations("Compare");
  const hidden = (c: React.ReactNode) => <span className="visually-hidden">{c}</span>;
  useEffect(() => {
    if (!pending) return;
    const el = document.getElementById(pending);
    if (el) {
      el.focus();
      pending = null;
    }
  }, [slugs]);
  const removed = slugs.filter((s) => s !== slug);
  const next = slugs[i + 1] ?? slugs[i - 1];
  return (
    <ul className="column-controls">
      {i > 0 && (
        <li>
          <Link
            id={id("left", slug)}
            href={compareHref(moveSlug(slugs, slug, -1))}
            scroll={false}
            onClick={() => (pending = id(i - 1 > 0 ? "left" : "right", slug))}
          >
            <span aria-hidden="true">← </span>
            {t.rich("moveLeft", { name, hidden })}
          </Link>
        </li>
      )}
      {i < slugs.length - 1 && (
        <li>
          <Link
            id={id("right", slug)}
            href={compareHref(moveSlug(slugs, slug, 1))}
            scroll={false}
            onClick={() => (pending = id(i + 2 < slugs.length ? "right" : "left", slug))}
          >
            {t.rich("moveRight", { name, hidden })}
            <span aria-hidden="true"> →</span>
          </Link>
        </li>
      )}
      <li>
        <Link
          id={id("remove", slug)}
          href={compareHref(removed)}
          scroll={false}
          onClick={() => (pending = next ? id("remove", next) : "compare-add")}
        >
          <span aria-hidden="true">✕ </span>
          {t.rich("remove", { name, hidden })}
        </Link>
      </li>
    </ul>
  );
}
