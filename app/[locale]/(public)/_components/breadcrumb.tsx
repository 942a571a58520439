import Link from "next/link";

export type Crumb = { name: string; href?: string };

export function Breadcrumb({ items }: { items: Crumb[] }) {
  return (
    <nav className="breadcrumb" aria-label="Breadcrumb">
      <ol>
        {items.map((c, i) => (
          <li key={`${i}-${c.name}`}>
            {c.href && i < items.length - 1 ? <Link href={c.href}>{c.name}</Link> : <span aria-current={i === items.length - 1 ? "page" : undefined}>{c.name}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
