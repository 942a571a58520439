import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export type Crumb = { name: string; href?: string };

export function Breadcrumb({ items }: { items: Crumb[] }) {
  const t = useTranslations("Profile");
  return (
    <nav className="breadcrumb" aria-label={t("breadcrumb")}>
      <ol>
        {items.map((c, i) => (
          <li key={`${i}-${c.name}`}>
            {c.href && i < items.length - 1 ? (
              <Link href={c.href}>{c.name}</Link>
            ) : (
              <span aria-current={i === items.length - 1 ? "page" : undefined}>{c.name}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
