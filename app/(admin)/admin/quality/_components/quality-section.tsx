import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { QualityItem } from "@/lib/quality/quality-lists";

/** One dashboard list: a heading with the full count, then the first items, each linking to its edit page. */
export function QualitySection({
  id,
  title,
  count,
  items,
  empty,
  children,
}: {
  id: string;
  title: string;
  count: number;
  items: QualityItem[];
  empty: string;
  children?: React.ReactNode;
}) {
  const t = useTranslations("Admin.Quality");
  const format = useFormatter();
  return (
    <section aria-labelledby={id} className="quality-section">
      <h2 id={id}>
        {title} <span className="count">({format.number(count)})</span>
      </h2>
      {children}
      {count === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          <ul className="quality-list">
            {items.map((i, n) => (
              <li key={`${i.id}-${n}`}>
                <Link href={`/admin/occupations/${i.id}/edit`}>{i.name}</Link>
                {i.detail && <span className="muted"> — {i.detail}</span>}
              </li>
            ))}
          </ul>
          {count > items.length && <p className="muted">{t("showing", { shown: items.length, count })}</p>}
        </>
      )}
    </section>
  );
}
