import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { alternates } from "@/i18n/alternates";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { tagPage } from "@/lib/cache/page-tags";
import { tierTag } from "@/lib/cache/tags";
import { findTierPath, listOccupationsInMinor, listPreviewsInMinors, type TierNode } from "@/lib/classifications/browse";
import { feedAlternates } from "@/lib/feed/feed-links";
import { Breadcrumb } from "../_components/breadcrumb";
import { OccupationCards } from "../_components/occupation-cards";
import { TierList } from "../_components/tier-list";

const LEVEL_KEYS = ["level1", "level2", "level3"] as const;
const PAGE_SIZE = 60;
const PREVIEW = 6;

/** Japanese pages list occupations by reading in Japanese collation; English ones by name. */
const orderFor = (locale: Locale) => (locale === "ja" ? "reading" : "name");

export async function tierMetadata(locale: Locale, slugs: string[]): Promise<Metadata> {
  const [found, t] = await Promise.all([findTierPath(slugs), getTranslations({ locale, namespace: "Browse" })]);
  if (!found) return { title: t("notFound") };
  const node = found.nodes[found.nodes.length - 1];
  return {
    title: node.name,
    description: t("occupationsIn", { count: node.count, name: node.name }),
    alternates: { ...alternates(locale, `/browse/${found.crumbs.map((c) => c.slug).join("/")}`), ...feedAlternates(found.nodes[0]) },
  };
}

/** A Major tier: each Middle group with its Minor groups and counts. */
async function MajorBody({ node, here }: { node: TierNode; here: string }) {
  const [t, format] = await Promise.all([getTranslations("Browse"), getFormatter()]);
  return node.children.map((middle) => (
    <section key={middle.id} aria-labelledby={`tier-${middle.id}`} className="tier-section">
      <h2 id={`tier-${middle.id}`}>
        <Link href={`${here}/${middle.slug}`}>{middle.name}</Link> <span className="count">({format.number(middle.count)})</span>
      </h2>
      <TierList tiers={middle.children} base={`${here}/${middle.slug}`} label={t("minorGroupsIn", { name: middle.name })} />
    </section>
  ));
}

/** A Middle tier: each Minor group with its first occupations. */
async function MiddleBody({ node, here, locale }: { node: TierNode; here: string; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations("Browse"), getFormatter()]);
  // One statement for every Minor group of the tier (a query per group grew with the tier).
  const byMinor = await listPreviewsInMinors(
    node.children.map((minor) => minor.id),
    PREVIEW,
    orderFor(locale),
  );
  const previews = node.children.map((minor) => byMinor.get(minor.id) ?? []);
  return node.children.map((minor, i) => (
    <section key={minor.id} aria-labelledby={`tier-${minor.id}`} className="tier-section">
      <h2 id={`tier-${minor.id}`}>
        <Link href={`${here}/${minor.slug}`}>{minor.name}</Link> <span className="count">({format.number(minor.count)})</span>
      </h2>
      {previews[i].length ? <OccupationCards items={previews[i]} /> : <p className="muted">{t("noneYet")}</p>}
      {minor.count > PREVIEW && (
        <p>
          <Link href={`${here}/${minor.slug}`}>{t("allIn", { count: minor.count, name: minor.name })}</Link>
        </p>
      )}
    </section>
  ));
}

/** A Minor tier: its occupations, a page at a time. */
const pageHref = (here: string, n: number) => (n === 1 ? here : `${here}/page/${n}`);

async function MinorBody({ node, here, page, locale }: { node: TierNode; here: string; page: number; locale: Locale }) {
  const t = await getTranslations("Browse");
  const pages = Math.max(1, Math.ceil(node.count / PAGE_SIZE));
  if (page > pages) notFound();
  const current = Math.min(Math.max(page, 1), pages);
  const items = await listOccupationsInMinor(node.id, PAGE_SIZE, (current - 1) * PAGE_SIZE, orderFor(locale));
  if (!items.length) return <p>{t("noneInGroup")}</p>;
  return (
    <>
      <OccupationCards items={items} headingLevel={2} />
      {pages > 1 && (
        <nav className="pagination" aria-label={t("pages")}>
          <ul>
            {current > 1 && (
              <li>
                <Link href={pageHref(here, current - 1)}>{t("previous")}</Link>
              </li>
            )}
            <li>
              <span aria-current="page">{t("pageOf", { page: current, pages })}</span>
            </li>
            {current < pages && (
              <li>
                <Link href={pageHref(here, current + 1)}>{t("next")}</Link>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  );
}

/** One tier of the classification with what lies under it. */
export async function TierPage({ locale, slugs, page = 1 }: { locale: Locale; slugs: string[]; page?: number }) {
  await tagPage(tierTag(...slugs));
  const [found, t] = await Promise.all([findTierPath(slugs), getTranslations("Browse")]);
  if (!found) notFound();
  const node = found.nodes[found.nodes.length - 1];
  const hrefs = found.crumbs.map(
    (_, i) =>
      `/browse/${found.crumbs
        .slice(0, i + 1)
        .map((c) => c.slug)
        .join("/")}`,
  );
  const here = hrefs[hrefs.length - 1];
  return (
    <>
      <Breadcrumb items={[{ name: t("browse"), href: "/browse" }, ...found.crumbs.map((c, i) => ({ name: c.name, href: hrefs[i] }))]} />
      <p className="muted">{t(LEVEL_KEYS[node.level - 1])}</p>
      <h1>{node.name}</h1>
      <p className="muted">{t("occupations", { count: node.count })}</p>
      {node.level === 1 && <MajorBody node={node} here={here} />}
      {node.level === 2 && <MiddleBody node={node} here={here} locale={locale} />}
      {node.level === 3 && <MinorBody node={node} here={here} page={page} locale={locale} />}
    </>
  );
}
