import type { Metadata } from "next";
import { getTierTree } from "@/lib/classifications/browse";
import { Breadcrumb } from "../_components/breadcrumb";
import { TierList } from "../_components/tier-list";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Browse by classification", description: "Occupations by Major, Middle and Minor classification tier." };

export default async function BrowsePage() {
  const tree = await getTierTree();
  const total = tree.reduce((n, t) => n + t.count, 0);
  return (
    <>
      <Breadcrumb items={[{ name: "Home", href: "/" }, { name: "Browse" }]} />
      <h1>Browse by classification</h1>
      <p className="muted">{total} occupations in {tree.length} major groups.</p>
      <TierList tiers={tree} base="/browse" label="Major groups" />
    </>
  );
}
