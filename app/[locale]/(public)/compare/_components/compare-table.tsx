import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { CompareRow, CompareSection, Comparison } from "@/lib/compare/schema";
import { ColumnControls } from "./column-controls";

type Profiles = Comparison["profiles"];

/** Shared and only-one items are marked in words and a symbol, not by colour alone. */
function RowMark({ row, profiles }: { row: CompareRow; profiles: Profiles }) {
  const t = useTranslations("Compare");
  if (row.shared)
    return (
      <span className="mark shared">
        <span aria-hidden="true">= </span>
        {t("shared")}
      </span>
    );
  if (row.onlyIn) {
    const name = profiles.find((p) => p.slug === row.onlyIn)?.name ?? row.onlyIn;
    return (
      <span className="mark only">
        <span aria-hidden="true">★ </span>
        {t.rich("onlyOneMark", { name, hidden: (c) => <span className="visually-hidden">{c}</span> })}
      </span>
    );
  }
  return null;
}

function Cell({ cell, section }: { cell: CompareRow["cells"][number]; section: CompareSection["key"] }) {
  const t = useTranslations("Compare");
  if (!cell.has) {
    return (
      <td className="absent">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t("no")}</span>
      </td>
    );
  }
  return (
    <td className="present">
      <span aria-hidden="true">✓ </span>
      {cell.step ? t("step", { step: cell.step }) : <span className="visually-hidden">{t("yes")}</span>}
      {cell.reason && (section === "strengths" || section === "weaknesses") && (
        <details>
          <summary>{t("why")}</summary>
          <p>{cell.reason}</p>
        </details>
      )}
    </td>
  );
}

function ItemName({ row }: { row: CompareRow }) {
  const slug = row.cells.find((c) => c.slug)?.slug;
  return slug ? <Link href={`/occupations/${slug}`}>{row.item}</Link> : <>{row.item}</>;
}

function Group({ title, id, span, children }: { title: string; id: string; span: number; children: React.ReactNode }) {
  return (
    <tbody aria-labelledby={id}>
      <tr className="group">
        <th scope="rowgroup" colSpan={span} id={id}>
          <span>{title}</span>
        </th>
      </tr>
      {children}
    </tbody>
  );
}

/**
 * The comparison as one table: a column per profile (its header names it; the row below holds
 * the move and remove controls), a row per item with the item as row header. On a narrow screen
 * the table scrolls sideways inside its region while the row headers stay (sticky).
 */
export function CompareTable({ data }: { data: Comparison }) {
  const { profiles } = data;
  const slugs = profiles.map((p) => p.slug);
  const span = profiles.length + 1;
  const names = profiles.map((p) => p.name);
  const t = useTranslations("Compare");
  const caption = t("caption", { names: names.slice(0, -1).join(t("listSeparator")), last: names[names.length - 1] });
  return (
    <div className="compare-scroll" role="region" aria-labelledby="compare-caption" tabIndex={0}>
      <table className="compare">
        <caption id="compare-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="corner">
              {t("occupation")}
            </th>
            {profiles.map((p) => (
              <th scope="col" key={p.slug}>
                <Link href={`/occupations/${p.slug}`}>{p.name}</Link>
                {p.reading && (
                  <span className="reading" lang="ja">
                    {p.reading}
                  </span>
                )}
              </th>
            ))}
          </tr>
          <tr className="controls">
            <th scope="row">{t("arrange")}</th>
            {profiles.map((p) => (
              <td key={p.slug}>
                <ColumnControls slugs={slugs} slug={p.slug} name={p.name} />
              </td>
            ))}
          </tr>
        </thead>
        <Group title={t("classification")} id="group-classification" span={span}>
          {data.tiers.map((tier) => (
            <tr key={tier.level} className={tier.shared ? "is-shared" : undefined}>
              <th scope="row">
                {t(`tier.${tier.level}`)}
                {tier.shared && (
                  <span className="mark shared">
                    <span aria-hidden="true">= </span>
                    {t("shared")}
                  </span>
                )}
              </th>
              {tier.values.map((v, i) => (
                <td key={i}>{v}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t("summary")}</th>
            {profiles.map((p) => (
              <td key={p.slug} className="summary">
                {p.summary || <span className="muted">{t("noSummary")}</span>}
              </td>
            ))}
          </tr>
        </Group>
        {data.sections.map((s) => (
          <Group key={s.key} title={t(`section.${s.key}`)} id={`group-${s.key}`} span={span}>
            {s.rows.length === 0 ? (
              <tr>
                <th scope="row" className="muted">
                  {t("noneListed")}
                </th>
                {profiles.map((p) => (
                  <td key={p.slug} className="absent">
                    <span aria-hidden="true">—</span>
                    <span className="visually-hidden">{t("no")}</span>
                  </td>
                ))}
              </tr>
            ) : (
              s.rows.map((r) => (
                <tr key={r.item} className={r.shared ? "is-shared" : r.onlyIn ? "is-only" : undefined}>
                  <th scope="row">
                    <ItemName row={r} />
                    <RowMark row={r} profiles={profiles} />
                  </th>
                  {r.cells.map((c, i) => (
                    <Cell key={i} cell={c} section={s.key} />
                  ))}
                </tr>
              ))
            )}
          </Group>
        ))}
      </table>
    </div>
  );
}
