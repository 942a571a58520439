import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { compareOccupations } from "@/lib/compare/compare";
import { findPublishedSlug } from "@/lib/compare/find-published";
import { COMPARE_MAX, COMPARE_MIN, compareHref, parseSlugs } from "@/lib/compare/selection";
import { AddForm } from "./_components/add-form";
import { CompareTable } from "./_components/compare-table";
import { SyncSelection } from "./_components/sync-selection";
import "./compare.css";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const quoted = (items: string[]) => items.map((s) => `“${s}”`).join(", ");

export const metadata: Metadata = { title: "Compare occupations", robots: { index: false } };

/**
 * Read leniently, like /search: whatever the URL holds, the page explains it (unknown slugs, too
 * many, too few) and never fails. `add` (the form's field) is resolved to a slug and folded into
 * `slugs` by a redirect, so the address bar always shows the shareable link.
 */
export default async function ComparePage({ searchParams }: Props) {
  const sp = await searchParams;
  const raw = first(sp.slugs);
  const requested = parseSlugs(raw);
  const add = first(sp.add)?.trim().slice(0, 200) ?? "";
  let addError: string | undefined;
  if (add) {
    const slug = await findPublishedSlug(add);
    if (!slug) addError = `No published occupation is called “${add}”. Try its exact name, or search for it first.`;
    else if (!requested.includes(slug) && requested.length >= COMPARE_MAX)
      addError = `You can compare at most ${COMPARE_MAX} occupations at once: remove one first.`;
    else redirect(compareHref(requested.includes(slug) ? requested : [...requested, slug]));
  }

  const tooMany = requested.length > COMPARE_MAX;
  const data = tooMany ? undefined : await compareOccupations(requested);
  const shown = data?.profiles.map((p) => p.slug) ?? [];
  return (
    <>
      <h1>Compare occupations</h1>
      <SyncSelection slugs={shown} fromUrl={raw !== undefined} />
      {tooMany && (
        <div className="alert error" role="alert">
          <p>
            You asked to compare {requested.length} occupations; at most {COMPARE_MAX} fit side by side. Remove{" "}
            {requested.length - COMPARE_MAX === 1 ? "one" : requested.length - COMPARE_MAX}:
          </p>
          <ul>
            {requested.map((s) => (
              <li key={s}>
                {s} ·{" "}
                <Link href={compareHref(requested.filter((x) => x !== s))}>
                  Remove<span className="visually-hidden"> {s}</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {data && data.missing.length > 0 && (
        <div className="alert info" role="status">
          Not found among the published occupations, so left out: {quoted(data.missing)}.
        </div>
      )}
      {data && data.profiles.length >= COMPARE_MIN && <CompareTable data={data} />}
      {data && data.profiles.length < COMPARE_MIN && (
        <div className="empty-state">
          {data.profiles.length === 1 ? (
            <p>
              Only <Link href={`/occupations/${data.profiles[0].slug}`}>{data.profiles[0].name}</Link> is chosen. Add at least one more
              occupation to compare them side by side.
            </p>
          ) : (
            <p>
              Choose {COMPARE_MIN} to {COMPARE_MAX} occupations to see them side by side: what they share and where they differ.
            </p>
          )}
          <p>
            Use “Add to compare” on an occupation’s page or in <Link href="/search">search results</Link>, or type a name below.
          </p>
        </div>
      )}
      {!tooMany && <AddForm slugs={shown} error={addError} />}
      {data && data.profiles.length >= COMPARE_MIN && (
        <p className="muted share-link">
          Share this comparison: <Link href={compareHref(shown)}>{compareHref(shown)}</Link>
        </p>
      )}
    </>
  );
}
