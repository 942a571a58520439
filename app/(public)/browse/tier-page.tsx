import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findTierPath, listOccupationsInMinor } from "@/lib/classifications/browse";
import { Breadcrumb } from "../_components/breadcrumb";
import { OccupationCards } from "../_components/occupation-cards";
import { TierList } from "../_components/tier-list";

const LEVEL_NAMES = ["Major group", "Middle group", "Minor group"];

export async function tierMetadata(slugs: string[]): Promise<Metadata> {
  const found = await findTierPath(slugs);
  if (!found) return { title: "Not found" };
  const node = found.nodes[found.nodes.length - 1];
  return { title: node.name, description: `${node.count} occupations in ${node.name}.` };
}

/** One tier: its children with counts, or (for a Minor tier) its occupations. */
export async function TierPage({ slugs }: { slugs: string[] }) {
  const found = await findTierPath(slugs);
  if (!found) notFound();
  const node = found.nodes[found.nodes.length - 1];
  const hrefs = found.crumbs.map((_, i) => `/browse/${found.crumbs.slice(0, i + 1).map((c) => c.slug).join("/")}`);
  const here = hrefs[hrefs.length - 1];
  const occupations = node.level === 3 ? await listOccupationsInMinor(node.id) : [];
  return (
    <>
      <Breadcrumb
        items={[{ name: "Browse", href: "/browse" }, ...found.crumbs.map((c, i) => ({ name: c.name, href: hrefs[i] }))]}
      />
      <p className="muted">{LEVEL_NAMES[node.level - 1]}</p>
      <h1>{node.name}</h1>
      <p className="muted">
        {node.count} {node.count === 1 ? "occupation" : "occupations"}
      </p>
      {node.level < 3 ? (
        <TierList tiers={node.children} base={here} label={`${LEVEL_NAMES[node.level]}s in ${node.name}`} />
      ) : occupations.length ? (
        <OccupationCards items={occupations} headingLevel={2} />
      ) : (
        <p>No published occupations in this group yet.</p>
      )}
    </>
  );
}
