import Link from "next/link";
import { MATCH_SAMPLE } from "@/lib/search/limits";
import type { SearchResponse } from "@/lib/search/search";
import { searchHref, type SearchState } from "./search-href";

type Level = "major" | "middle" | "minor";
const LEVELS: { level: Level; title: string }[] = [
  { level: "major", title: "Major group" },
  { level: "middle", title: "Middle group" },
  { level: "minor", title: "Minor group" },
];

/** Tier filters with their counts under the current query; each is a link, so back and sharing work. */
export function Facets({ state, facets, capped = false }: { state: SearchState; facets: SearchResponse["facets"]; capped?: boolean }) {
  const shown = LEVELS.filter(({ level }) => level === "major" || (level === "middle" ? state.major : state.middle));
  return (
    <nav className="facets" aria-label="Filter by classification">
      {capped && <p className="muted">Counts are of the first {MATCH_SAMPLE.toLocaleString("en")} matches.</p>}
      {shown.map(({ level, title }, i) => {
        const selected = state[level];
        const below = LEVELS.slice(i + 1).map((l) => l.level);
        const clear = { ...state, [level]: undefined, ...Object.fromEntries(below.map((l) => [l, undefined])), page: undefined };
        const items = facets[level];
        return (
          <section key={level} aria-labelledby={`facet-${level}`}>
            <h2 id={`facet-${level}`}>{title}</h2>
            {selected && (
              <p className="facet-clear">
                <Link href={searchHref(clear)}>
                  Any {title.toLowerCase()} <span className="visually-hidden">(remove filter {selected})</span>
                </Link>
              </p>
            )}
            {items.length === 0 ? (
              <p className="muted">None</p>
            ) : (
              <ul className="facet-list">
                {items.map((f) => (
                  <li key={f.name}>
                    <Link
                      href={searchHref({ ...clear, [level]: f.name })}
                      aria-current={selected === f.name ? "true" : undefined}
                      className={selected === f.name ? "selected" : undefined}
                    >
                      {f.name}
                    </Link>
                    <span className="count">
                      {f.count} <span className="visually-hidden">{f.count === 1 ? "result" : "results"}</span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </nav>
  );
}
