import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { localePath } from "@/i18n/locale-path";
import { pageLocale } from "@/i18n/page-locale";
import { compareOccupations } from "@/lib/compare/compare";
import { findPublishedSlug } from "@/lib/compare/find-published";
import { COMPARE_MAX, COMPARE_MIN, compareHref, parseSlugs } from "@/lib/compare/selection";
import { AddForm } from "./_components/add-form";
import { CompareTable } from "./_components/compare-table";
import { SyncSelection } from "./_components/sync-selection";
import "./compare.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: (await getTranslations({ locale, namespace: "Compare" }))("title"), robots: { index: false } };
}

/**
 * Read leniently, like /search: whatever the URL holds, the page explains it (unknown slugs, too
 * many, too few) and never fails. `add` (the form's field) is resolved to a slug and folded into
 * `slugs` by a redirect, so the address bar always shows the shareable link.
 */
export default async function ComparePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const [sp, t] = await Promise.all([searchParams, getTranslations("Compare")]);
  const hidden = (c: React.ReactNode) => <span className="visually-hidden">{c}</span>;
  const quoted = (items: string[]) => items.map((name) => t("quoted", { name })).join(t("listSeparator"));
  const raw = first(sp.slugs);
  const requested = parseSlugs(raw);
  const add = first(sp.add)?.trim().slice(0, 200) ?? "";
  let addError: string | undefined;
  if (add) {
    const slug = await findPublishedSlug(add);
    if (!slug) addError = t("notCalled", { name: add });
    else if (!requested.includes(slug) && requested.length >= COMPARE_MAX) addError = t("atMost", { max: COMPARE_MAX });
    else redirect(localePath(locale, compareHref(requested.includes(slug) ? requested : [...requested, slug])));
  }

  const tooMany = requested.length > COMPARE_MAX;
  const data = tooMany ? undefined : await compareOccupations(requested);
  const shown = data?.profiles.map((p) => p.slug) ?? [];
  return (
    <>
      <h1>{t("title")}</h1>
      <SyncSelection slugs={shown} fromUrl={raw !== undefined} />
      {tooMany && (
        <div className="alert error" role="alert">
          <p>{t("tooMany", { count: requested.length, max: COMPARE_MAX, remove: requested.length - COMPARE_MAX })}</p>
          <ul>
            {requested.map((s) => (
              <li key={s}>
                {s} · <Link href={compareHref(requested.filter((x) => x !== s))}>{t.rich("remove", { name: s, hidden })}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {data && data.missing.length > 0 && (
        <div className="alert info" role="status">
          {t("missing", { names: quoted(data.missing) })}
        </div>
      )}
      {data && data.profiles.length >= COMPARE_MIN && <CompareTable data={data} />}
      {data && data.profiles.length < COMPARE_MIN && (
        <div className="empty-state">
          {data.profiles.length === 1 ? (
            <p>
              {t.rich("onlyOne", {
                name: data.profiles[0].name,
                link: (c) => <Link href={`/occupations/${data.profiles[0].slug}`}>{c}</Link>,
              })}
            </p>
          ) : (
            <p>{t("choose", { min: COMPARE_MIN, max: COMPARE_MAX })}</p>
          )}
          <p>{t.rich("how", { link: (c) => <Link href="/search">{c}</Link> })}</p>
        </div>
      )}
      {!tooMany && <AddForm slugs={shown} error={addError} />}
      {data && data.profiles.length >= COMPARE_MIN && (
        <p className="muted share-link">
          {t.rich("share", { href: localePath(locale, compareHref(shown)), link: (c) => <Link href={compareHref(shown)}>{c}</Link> })}
        </p>
      )}
    </>
  );
}
