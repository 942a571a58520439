import Link from "next/link";
import type { TierNode } from "@/lib/classifications/browse";

/** Tiers with their published counts, each linking one level down. */
export function TierList({ tiers, base, label }: { tiers: TierNode[]; base: string; label: string }) {
  if (tiers.length === 0) return <p className="muted">Nothing here yet.</p>;
  return (
    <ul className="tier-list" aria-label={label}>
      {tiers.map((t) => (
        <li key={t.id}>
          <Link href={`${base}/${t.slug}`}>{t.name}</Link>
          <span className="count">
            {t.count} <span className="visually-hidden">{t.count === 1 ? "occupation" : "occupations"}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
