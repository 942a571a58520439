import type { Metadata } from "next";
import { tagPage } from "@/lib/cache/page-tags";
import { profileTag } from "@/lib/cache/tags";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { alternates } from "@/i18n/alternates";
import { formatChangeSummary } from "@/i18n/change-summary";
import { localePath } from "@/i18n/locale-path";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { getPublishedOccupation } from "@/lib/occupations/read";
import { listPublishedVersions } from "@/lib/revisions/public-history";
import { versionRange } from "@/lib/revisions/version-range";
import "./history.css";

type Props = { params: Promise<{ locale: string; slug: string }> };

// Cached (ISR): rendered on first request, then served from the cache until a write expires its
// tags (lib/cache/invalidation.ts); 300 s bounds a shared cache's copy (s-maxage) and any missed invalidation.
export const revalidate = 300;

/** No page is rendered at build time: each is rendered on its first request. */
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const [found, t] = await Promise.all([getPublishedOccupation((await params).slug), getTranslations({ locale, namespace: "History" })]);
  if (!found) return { title: t("notFound") };
  return { title: t("title", { name: found.profile.name }), alternates: alternates(locale, `/occupations/${found.profile.slug}/history`) };
}

export default async function PublicHistoryPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  await tagPage(profileTag(slug));
  const found = await getPublishedOccupation(slug);
  if (!found) notFound();
  const { profile, meta } = found;
  const [t, summary, field, format] = await Promise.all([
    getTranslations("History"),
    getTranslations("History.summary"),
    getTranslations("Admin.Fields"),
    getFormatter(),
  ]);
  const formatDate = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long" });
  const versions = await listPublishedVersions(meta.id);
  const base = `/occupations/${profile.slug}/history`;
  return (
    <>
      <p>
        <Link href={`/occupations/${profile.slug}`}>← {profile.name}</Link>
      </p>
      <h1>{t("heading", { name: profile.name })}</h1>
      <p className="muted">{t("intro")}</p>
      <ol className="version-list" reversed>
        {versions.map((v, i) => {
          const previous = versions[i + 1];
          return (
            <li key={v.version} className="version">
              <h2 className="version-title">
                <time dateTime={v.publishedAt}>{formatDate(v.publishedAt)}</time>{" "}
                <span className="muted">
                  {t("version", { version: v.version })}
                  {i === 0 ? t("current") : ""}
                </span>
              </h2>
              <p>{formatChangeSummary(v.summary, { summary, field })}</p>
              {v.note && (
                <p className="version-note">
                  <span className="muted">{t("note")}</span> {v.note}
                </p>
              )}
              {previous && (
                <p>
                  <Link href={`${base}/${versionRange(previous.version, v.version)}`}>
                    {t("compareWith", { date: formatDate(previous.publishedAt) })}
                  </Link>
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {versions.length > 1 && (
        <form method="get" action={localePath(locale, `${base}/compare`)} className="version-compare-form">
          <h2>{t("compareAny")}</h2>
          <div className="field-row">
            <label>
              {t("from")}
              <select name="from" defaultValue={versions[versions.length - 1].version}>
                {versions.map((v) => (
                  <option key={v.version} value={v.version}>
                    {t("option", { date: formatDate(v.publishedAt), version: v.version })}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("to")}
              <select name="to" defaultValue={versions[0].version}>
                {versions.map((v) => (
                  <option key={v.version} value={v.version}>
                    {t("option", { date: formatDate(v.publishedAt), version: v.version })}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit">{t("compare")}</button>
          </div>
        </form>
      )}
    </>
  );
}
