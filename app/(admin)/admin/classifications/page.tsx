import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/guards";
import { getAdminTierTree, tierUsage, type AdminTierNode } from "@/lib/classifications/tier-tree";
import { AddTierForm } from "./_components/add-tier-form";
import { TierPanel } from "./_components/tier-panel";
import { formatTierUse } from "@/i18n/tier-use";
import type { Locale } from "@/i18n/routing";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.Tiers"))("title") };
}

const LEVEL_KEYS = { 1: "level.major", 2: "level.middle", 3: "level.minor" } as const;

/** Tier level names in the editor's language ("Major", "大分類"). */
async function levelNames() {
  const form = await getTranslations("Admin.Form");
  return (level: number) => form(LEVEL_KEYS[level as 1 | 2 | 3]);
}
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

async function Tree({ nodes, selected }: { nodes: AdminTierNode[]; selected?: number }) {
  const [t, levelName] = await Promise.all([getTranslations("Admin.Tiers"), levelNames()]);
  return (
    <ul>
      {nodes.map((n) => (
        <li key={n.id} className={`level-${n.level}`}>
          <div className="tree-entry" aria-current={n.id === selected ? "true" : undefined}>
            <Link href={`/admin/classifications?entry=${n.id}`} aria-label={t("entryLabel", { level: levelName(n.level), name: n.name })}>
              {n.name}
            </Link>
            <span className="count" title={t("countTitle")}>
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
  const [t, levelName] = await Promise.all([getTranslations("Admin.Tiers"), levelNames()]);
  const { entry } = query.parse(await searchParams);
  const tree = await getAdminTierTree();
  const found = entry ? find(tree, entry) : undefined;
  let panel: React.ReactNode = (
    <div className="panel">
      <h2>{t("addMajor")}</h2>
      <AddTierForm parentId={null} childLevel={levelName(1)} />
      <p className="muted">{t("choose")}</p>
    </div>
  );
  if (found) {
    const { node, path } = found;
    const [use, locale] = await Promise.all([tierUsage(node.id), getLocale() as Promise<Locale>]);
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
          levelName: levelName(node.level),
          name: node.name,
          published: node.published,
          total: node.total,
        }}
        path={path.map((p) => p.name)}
        moveTargets={moveTargets}
        mergeTargets={siblings.map((s) => ({ id: s.id, label: s.name }))}
        inUse={use && formatTierUse(use, locale, { phrase: (k, v) => t(`inUse.${k}`, v), level: levelName })}
        childLevel={node.level < 3 ? levelName(node.level + 1) : undefined}
      />
    );
  }
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <div className="two-col cls-layout">
        <nav className="tree" aria-label={t("tree")}>
          <Tree nodes={tree} selected={found?.node.id} />
        </nav>
        <div className="panel-col">{panel}</div>
      </div>
    </>
  );
}
