import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/guards";
import { getAdminTierTree, tierUsage, type AdminTierNode } from "@/lib/classifications/manage";
import { LEVEL_NAMES } from "@/lib/classifications/schema";
import { AddTierForm } from "./_components/add-tier-form";
import { TierPanel } from "./_components/tier-panel";

export const metadata: Metadata = { title: "Classification" };
export const dynamic = "force-dynamic";

const query = z.object({ entry: z.coerce.number().int().positive().optional().catch(undefined) });

type Found = { node: AdminTierNode; path: AdminTierNode[] };
function find(nodes: AdminTierNode[], id: number, path: AdminTierNode[] = []): Found | undefined {
  for (const n of nodes) {
    if (n.id === id) return { node: n, path };
    const hit = find(n.children, id, [...path, n]);
    if (hit) return hit;
  }
  return undefined;
}

function Tree({ nodes, selected }: { nodes: AdminTierNode[]; selected?: number }) {
  return (
    <ul>
      {nodes.map((n) => (
        <li key={n.id} className={`level-${n.level}`}>
          <div className="tree-entry" aria-current={n.id === selected ? "true" : undefined}>
            <Link href={`/admin/classifications?entry=${n.id}`} aria-label={`${LEVEL_NAMES[n.level]} ${n.name}`}>
              {n.name}
            </Link>
            <span className="count" title="published / all profiles (drafts included)">
              {n.published} / {n.total}
            </span>
          </div>
          {n.children.length > 0 && <Tree nodes={n.children} selected={selected} />}
        </li>
      ))}
    </ul>
  );
}

export default async function ClassificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAdmin();
  const { entry } = query.parse(await searchParams);
  const tree = await getAdminTierTree();
  const found = entry ? find(tree, entry) : undefined;
  let panel: React.ReactNode = (
    <div className="panel">
      <h2>Add a Major group</h2>
      <AddTierForm parentId={null} childLevel="Major" />
      <p className="muted">Choose an entry in the tree to rename, move, merge or delete it, or to add entries under it.</p>
    </div>
  );
  if (found) {
    const { node, path } = found;
    const parent = path.at(-1);
    const siblings = (parent ? parent.children : tree).filter((s) => s.id !== node.id);
    const moveTargets =
      node.level === 2
        ? tree.filter((m) => m.id !== parent?.id).map((m) => ({ id: m.id, label: m.name }))
        : node.level === 3
          ? tree.flatMap((m) =>
              m.children.filter((mid) => mid.id !== parent?.id).map((mid) => ({ id: mid.id, label: `${m.name} › ${mid.name}` })),
            )
          : [];
    panel = (
      <TierPanel
        key={node.id}
        entry={{
          id: node.id,
          level: node.level,
          levelName: LEVEL_NAMES[node.level],
          name: node.name,
          published: node.published,
          total: node.total,
        }}
        path={path.map((p) => p.name)}
        moveTargets={moveTargets}
        mergeTargets={siblings.map((s) => ({ id: s.id, label: s.name }))}
        inUse={await tierUsage(node.id)}
        childLevel={node.level < 3 ? LEVEL_NAMES[(node.level + 1) as 2 | 3] : undefined}
      />
    );
  }
  return (
    <>
      <h1>Classification</h1>
      <p className="muted">Major → Middle → Minor groups, with published / all profiles under each.</p>
      <div className="two-col cls-layout">
        <nav className="tree" aria-label="Classification tree">
          <Tree nodes={tree} selected={found?.node.id} />
        </nav>
        <div className="panel-col">{panel}</div>
      </div>
    </>
  );
}
