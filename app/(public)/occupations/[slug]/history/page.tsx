import type { Metadata } from "next";
import { tagPage } from "@/lib/cache/page-tags";
import { profileTag } from "@/lib/cache/tags";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDate } from "@/lib/dates/format-date";
import { getPublishedOccupation } from "@/lib/occupations/read";
import { listPublishedVersions } from "@/lib/revisions/public-history";
import { versionRange } from "@/lib/revisions/version-range";
import "./history.css";

type Props = { params: Promise<{ slug: string }> };

// Cached (ISR): rendered on first request, then served from the cache until a write expires its
// tags (lib/cache/invalidation.ts); 300 s bounds a shared cache's copy (s-maxage) and any missed invalidation.
export const revalidate = 300;

/** No page is rendered at build time: each is rendered on its first request. */
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getPublishedOccupation((await params).slug);
  if (!found) return { title: "Not found" };
  return { title: `History of ${found.profile.name}`, alternates: { canonical: `/occupations/${found.profile.slug}/history` } };
}

export default async function PublicHistoryPage({ params }: Props) {
  const { slug } = await params;
  await tagPage(profileTag(slug));
  const found = await getPublishedOccupation(slug);
  if (!found) notFound();
  const { profile, meta } = found;
  const versions = await listPublishedVersions(meta.id);
  const base = `/occupations/${profile.slug}/history`;
  return (
    <>
      <p>
        <Link href={`/occupations/${profile.slug}`}>← {profile.name}</Link>
      </p>
      <h1>History of “{profile.name}”</h1>
      <p className="muted">Every published version of this profile, newest first, with what changed since the one before.</p>
      <ol className="version-list" reversed>
        {versions.map((v, i) => {
          const previous = versions[i + 1];
          return (
            <li key={v.version} className="version">
              <h2 className="version-title">
                <time dateTime={v.publishedAt}>{formatDate(v.publishedAt)}</time>{" "}
                <span className="muted">
                  · version {v.version}
                  {i === 0 ? " (current)" : ""}
                </span>
              </h2>
              <p>{v.summary}</p>
              {v.note && (
                <p className="version-note">
                  <span className="muted">Editor’s note:</span> {v.note}
                </p>
              )}
              {previous && (
                <p>
                  <Link href={`${base}/${versionRange(previous.version, v.version)}`}>
                    Compare with the version of {formatDate(previous.publishedAt)}
                  </Link>
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {versions.length > 1 && (
        <form method="get" action={`${base}/compare`} className="version-compare-form">
          <h2>Compare any two versions</h2>
          <div className="field-row">
            <label>
              From
              <select name="from" defaultValue={versions[versions.length - 1].version}>
                {versions.map((v) => (
                  <option key={v.version} value={v.version}>
                    {formatDate(v.publishedAt)} (version {v.version})
                  </option>
                ))}
              </select>
            </label>
            <label>
              To
              <select name="to" defaultValue={versions[0].version}>
                {versions.map((v) => (
                  <option key={v.version} value={v.version}>
                    {formatDate(v.publishedAt)} (version {v.version})
                  </option>
                ))}
              </select>
            </label>
            <button type="submit">Compare</button>
          </div>
        </form>
      )}
    </>
  );
}
