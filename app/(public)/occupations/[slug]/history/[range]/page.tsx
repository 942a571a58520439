import type { Metadata } from "next";
import { tagPage } from "@/lib/cache/page-tags";
import { profileTag } from "@/lib/cache/tags";
import Link from "next/link";
import { notFound } from "next/navigation";
import { VersionDiff } from "@/app/_components/version-diff";
import { formatDate } from "@/lib/dates/format-date";
import { getPublishedOccupation } from "@/lib/occupations/read";
import { diffProfiles } from "@/lib/revisions/diff";
import { getPublishedVersionContent, listPublishedVersions } from "@/lib/revisions/public-history";
import { parseVersionRange } from "@/lib/revisions/version-range";
import "../history.css";

type Props = { params: Promise<{ slug: string; range: string }> };

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
  const d = await load(params);
  return { title: d ? `Changes to ${d.profile.name}` : "Not found", robots: { index: false } };
}

export default async function PublicVersionDiffPage({ params }: Props) {
  await tagPage(profileTag((await params).slug));
  const d = await load(params);
  if (!d) notFound();
  const when = (v: number) => (d.dates.has(v) ? formatDate(d.dates.get(v)!) : `version ${v}`);
  return (
    <>
      <p>
        <Link href={`/occupations/${d.profile.slug}/history`}>← History of {d.profile.name}</Link>
      </p>
      <h1>Changes to “{d.profile.name}”</h1>
      <p>
        From the version of {when(d.from)} (version {d.from}) to the version of {when(d.to)} (version {d.to}).
      </p>
      <section aria-label="Changes" className="compare">
        <VersionDiff diffs={diffProfiles(d.a, d.b)} />
      </section>
    </>
  );
}
