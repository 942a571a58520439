import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { TierNode } from "@/lib/classifications/browse";

/** Tiers with their published counts, each linking one level down. */
export function TierList({ tiers, base, label }: { tiers: TierNode[]; base: string; label: string }) {
  const t = useTranslations("Browse");
  if (tiers.length === 0) return <p className="muted">{t("nothingHere")}</p>;
  return (
    <ul className="tier-list" aria-label={label}>
      {tiers.map((tier) => (
        <li key={tier.id}>
          <Link href={`${base}/${tier.slug}`}>{tier.name}</Link>
          <span className="count">
            {tier.count} <span className="visually-hidden">{t("countSuffix", { count: tier.count })}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
