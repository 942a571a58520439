import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { MATCH_SAMPLE } from "@/lib/search/limits";
import type { SearchResponse } from "@/lib/search/search";
import { searchHref, type SearchState } from "./search-href";

type Level = "major" | "middle" | "minor";
const LEVELS: { level: Level; title: "level1" | "level2" | "level3" }[] = [
  { level: "major", title: "level1" },
  { level: "middle", title: "level2" },
  { level: "minor", title: "level3" },
];

/** Tier filters with their counts under the current query; each is a link, so back and sharing work. */
export function Facets({ state, facets, capped = false }: { state: SearchState; facets: SearchResponse["facets"]; capped?: boolean }) {
  const t = useTranslations("Search");
  const tiers = useTranslations("Browse");
  const format = useFormatter();
  const shown = LEVELS.filter(({ level }) => level === "major" || (level === "middle" ? state.major : state.middle));
  return (
    <nav className="facets" aria-label={t("filterBy")}>
      {capped && <p className="muted">{t("countsOfFirst", { count: MATCH_SAMPLE })}</p>}
      {shown.map(({ level, title }, i) => {
        const selected = state[level];
        const below = LEVELS.slice(i + 1).map((l) => l.level);
        const clear = { ...state, [level]: undefined, ...Object.fromEntries(below.map((l) => [l, undefined])), page: undefined };
        const items = facets[level];
        return (
          <section key={level} aria-labelledby={`facet-${level}`}>
            <h2 id={`facet-${level}`}>{tiers(title)}</h2>
            {selected && (
              <p className="facet-clear">
                <Link href={searchHref(clear)}>
                  {t("any", { level: tiers(title) })} <span className="visually-hidden">{t("removeFilter", { name: selected })}</span>
                </Link>
              </p>
            )}
            {items.length === 0 ? (
              <p className="muted">{t("facetNone")}</p>
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
                      {format.number(f.count)} <span className="visually-hidden">{t("resultCount", { count: f.count })}</span>
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
