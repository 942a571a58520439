import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AddToCompare } from "../../_components/add-to-compare";
import { ProfileView } from "@/app/_components/profile-view";
import { alternates } from "@/i18n/alternates";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { tagPage } from "@/lib/cache/page-tags";
import { profileTag } from "@/lib/cache/tags";
import { env } from "@/lib/env";
import { occupationJsonLd, scriptSafeJson } from "@/lib/occupations/json-ld";
import { getPublishedOccupation } from "@/lib/occupations/read";
import { lastPublishedAt } from "@/lib/revisions/public-history";

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
  const found = await getPublishedOccupation((await params).slug);
  if (!found) return { title: (await getTranslations({ locale, namespace: "Browse" }))("notFound") };
  const p = found.profile;
  return {
    title: p.name,
    description: p.summary || p.description.slice(0, 160),
    alternates: alternates(locale, `/occupations/${p.slug}`),
  };
}

export default async function OccupationPage({ params }: Props) {
  await pageLocale(params);
  const { slug } = await params;
  await tagPage(profileTag(slug));
  const found = await getPublishedOccupation(slug);
  if (!found) notFound();
  const { profile, meta } = found;
  const [t, format] = await Promise.all([getTranslations("Profile"), getFormatter()]);
  // The date of the public text, not of a pending draft (a draft save moves meta.updatedAt too).
  const updatedAt = (await lastPublishedAt(meta.id)) ?? meta.updatedAt;
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptSafeJson(occupationJsonLd(profile, env.baseUrl)) }} />
      <ProfileView
        profile={profile}
        meta={meta}
        actions={
          <p className="actions">
            <AddToCompare slug={profile.slug} name={profile.name} />
            <a className="button secondary" href={`/api/v1/occupations/${profile.slug}?format=card&download=1`}>
              {t("downloadCard")}
            </a>
            <a className="button secondary" href={`/api/v1/occupations/${profile.slug}?download=1`}>
              {t("downloadJson")}
            </a>
          </p>
        }
      />
      <p className="muted">
        {t.rich("lastUpdated", {
          date: () => <time dateTime={updatedAt}>{format.dateTime(new Date(updatedAt), { dateStyle: "long" })}</time>,
        })}
        {" · "}
        <Link href={`/occupations/${profile.slug}/history`}>{t("history")}</Link>
      </p>
    </>
  );
}
