import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findTierPath, listOccupationsInMinor, type TierNode } from "@/lib/classifications/browse";
import { Breadcrumb } from "../_components/breadcrumb";
import { OccupationCards } from "../_components/occupation-cards";
import { TierList } from "../_components/tier-list";

const LEVEL_NAMES = ["Major group", "Middle group", "Minor group"];
const PAGE_SIZE = 60;
const PREVIEW = 6;

export async function tierMetadata(slugs: string[]): Promise<Metadata> {
  const found = await findTierPath(slugs);
  if (!found) return { title: "Not found" };
  const node = found.nodes[found.nodes.length - 1];
  return { title: node.name, description: `${node.count} occupations in ${node.name}.` };
}

const occupationsLabel = (n: number) => `${n} ${n === 1 ? "occupation" : "occupations"}`;

/** A Major tier: each Middle group with its Minor groups and counts. */
function MajorBody({ node, here }: { node: TierNode; here: string }) {
  return node.children.map((middle) => (
    <section key={middle.id} aria-labelledby={`tier-${middle.id}`} className="tier-section">
      <h2 id={`tier-${middle.id}`}>
        <Link href={`${here}/${middle.slug}`}>{middle.name}</Link> <span className="count">({middle.count})</span>
      </h2>
      <TierList tiers={middle.children} base={`${here}/${middle.slug}`} label={`Minor groups in ${middle.name}`} />
    </section>
  ));
}

/** A Middle tier: each Minor group with its first occupations. */
async function MiddleBody({ node, here }: { node: TierNode; here: string }) {
  const previews = await Promise.all(node.children.map((minor) => listOccupationsInMinor(minor.id, PREVIEW)));
  return node.children.map((minor, i) => (
    <section key={minor.id} aria-labelledby={`tier-${minor.id}`} className="tier-section">
      <h2 id={`tier-${minor.id}`}>
        <Link href={`${here}/${minor.slug}`}>{minor.name}</Link> <span className="count">({minor.count})</span>
      </h2>
      {previews[i].length ? <OccupationCards items={previews[i]} /> : <p className="muted">No published occupations yet.</p>}
      {minor.count > PREVIEW && (
        <p>
          <Link href={`${here}/${minor.slug}`}>All {occupationsLabel(minor.count)} in {minor.name}</Link>
        </p>
      )}
    </section>
  ));
}

/** A Minor tier: its occupations, a page at a time. */
async function MinorBody({ node, here, page }: { node: TierNode; here: string; page: number }) {
  const pages = Math.max(1, Math.ceil(node.count / PAGE_SIZE));
  const current = Math.min(Math.max(page, 1), pages);
  const items = await listOccupationsInMinor(node.id, PAGE_SIZE, (current - 1) * PAGE_SIZE);
  if (!items.length) return <p>No published occupations in this group yet.</p>;
  return (
    <>
      <OccupationCards items={items} headingLevel={2} />
      {pages > 1 && (
        <nav className="pagination" aria-label="Pages">
          <ul>
            {current > 1 && <li><Link href={`${here}?page=${current - 1}`}>Previous</Link></li>}
            <li><span aria-current="page">Page {current} of {pages}</span></li>
            {current < pages && <li><Link href={`${here}?page=${current + 1}`}>Next</Link></li>}
          </ul>
        </nav>
      )}
    </>
  );
}

/** One tier of the classification with what lies under it. */
export async function TierPage({ slugs, page = 1 }: { slugs: string[]; page?: number }) {
  const found = await findTierPath(slugs);
  if (!found) notFound();
  const node = found.nodes[found.nodes.length - 1];
  const hrefs = found.crumbs.map((_, i) => `/browse/${found.crumbs.slice(0, i + 1).map((c) => c.slug).join("/")}`);
  const here = hrefs[hrefs.length - 1];
  return (
    <>
      <Breadcrumb
        items={[{ name: "Browse", href: "/browse" }, ...found.crumbs.map((c, i) => ({ name: c.name, href: hrefs[i] }))]}
      />
      <p className="muted">{LEVEL_NAMES[node.level - 1]}</p>
      <h1>{node.name}</h1>
      <p className="muted">{occupationsLabel(node.count)}</p>
      {node.level === 1 && <MajorBody node={node} here={here} />}
      {node.level === 2 && <MiddleBody node={node} here={here} />}
      {node.level === 3 && <MinorBody node={node} here={here} page={page} />}
    </>
  );
}
