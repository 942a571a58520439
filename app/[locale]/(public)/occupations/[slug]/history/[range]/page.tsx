import type { Metadata } from "next";
import { tagPage } from "@/lib/cache/page-tags";
import { profileTag } from "@/lib/cache/tags";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { VersionDiff } from "@/app/_components/version-diff";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { getPublishedOccupation } from "@/lib/occupations/read";
import { diffProfiles } from "@/lib/revisions/diff";
import { getPublishedVersionContent, listPublishedVersions } from "@/lib/revisions/public-history";
import { parseVersionRange } from "@/lib/revisions/version-range";
import "../history.css";

type Props = { params: Promise<{ locale: string; slug: string; range: string }> };

// Cached (ISR): rendered on first request, then served from the cache until a write expires its
// tags (lib/cache/invalidation.ts); 300 s bounds a shared cache's copy (s-maxage) and any missed invalidation.
export const revalidate = 300;

/** No page is rendered at build time: each is rendered on its first request. */
export async function generateStaticParams() {
  return [];
}

async function load(params: Props["params"]) {
  const { slug, range } = await params;
  const versions = parseVersionRange(range);
  const found = await getPublishedOccupation(slug);
  if (!found || !versions) return undefined;
  const id = found.meta.id;
  const [a, b] = await Promise.all([getPublishedVersionContent(id, versions.from), getPublishedVersionContent(id, versions.to)]);
  if (!a || !b) return undefined;
  const dates = new Map((await listPublishedVersions(id)).map((v) => [v.version, v.publishedAt]));
  return { profile: found.profile, ...versions, a, b, dates };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const [d, t] = await Promise.all([load(params), getTranslations({ locale, namespace: "History" })]);
  return { title: d ? t("changesTitle", { name: d.profile.name }) : t("notFound"), robots: { index: false } };
}

export default async function PublicVersionDiffPage({ params }: Props) {
  await pageLocale(params);
  await tagPage(profileTag((await params).slug));
  const d = await load(params);
  if (!d) notFound();
  const [t, format] = await Promise.all([getTranslations("History"), getFormatter()]);
  const when = (v: number) =>
    d.dates.has(v) ? format.dateTime(new Date(d.dates.get(v)!), { dateStyle: "long" }) : t("versionOnly", { version: v });
  return (
    <>
      <p>
        <Link href={`/occupations/${d.profile.slug}/history`}>{t("back", { name: d.profile.name })}</Link>
      </p>
      <h1>{t("changesHeading", { name: d.profile.name })}</h1>
      <p>{t("range", { fromDate: when(d.from), from: d.from, toDate: when(d.to), to: d.to })}</p>
      <section aria-label={t("changes")} className="compare">
        <VersionDiff diffs={diffProfiles(d.a, d.b)} />
      </section>
    </>
  );
}
