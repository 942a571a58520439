import { Link } from "@/i18n/navigation";
import { Reading } from "@/app/_components/reading";

export type OccupationCardItem = { slug: string; name: string; reading: string; summary: string };

export function OccupationCards({ items, headingLevel = 3 }: { items: OccupationCardItem[]; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="grid">
      {items.map((o) => (
        <li key={o.slug} className="card">
          <H>
            <Link href={`/occupations/${o.slug}`}>{o.name}</Link>
          </H>
          {o.reading && (
            <p className="reading">
              <Reading reading={o.reading} />
            </p>
          )}
          <p>{o.summary}</p>
        </li>
      ))}
    </ul>
  );
}
