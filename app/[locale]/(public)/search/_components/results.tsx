import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { HighlightField } from "@/lib/search/highlight";
import type { SearchResult } from "@/lib/search/search";
import { Reading } from "@/app/_components/reading";
import { AddToCompare } from "../../_components/add-to-compare";
import { HighlightText } from "./highlight-text";

const FIELD_LABELS = {
  name: "fieldName",
  alias: "fieldAlias",
  reading: "fieldReading",
  summary: "fieldSummary",
  skill: "fieldSkill",
  description: "fieldDescription",
} as const satisfies Record<HighlightField, string>;

/** One page of results: name, reading, tiers, and where the query matched with the match marked. */
export function Results({ results, start }: { results: SearchResult[]; start: number }) {
  const t = useTranslations("Search");
  return (
    <ol className="results" start={start}>
      {results.map((r) => {
        const h = r.highlight;
        return (
          <li key={r.slug} className="result">
            <h2>
              <Link href={`/occupations/${r.slug}`}>{h?.field === "name" ? <HighlightText fragments={h.fragments} /> : r.name}</Link>
            </h2>
            {r.reading && (
              <p className="reading">
                <Reading reading={r.reading}>{h?.field === "reading" ? <HighlightText fragments={h.fragments} /> : undefined}</Reading>
              </p>
            )}
            <p className="tiers">
              {r.classification.major} › {r.classification.middle} › {r.classification.minor}
            </p>
            {h && h.field !== "name" && h.field !== "reading" && h.field !== "summary" ? (
              <>
                <p>{r.summary}</p>
                <p className="snippet">
                  <span className="snippet-field">
                    {t(FIELD_LABELS[h.field])}
                    {t("fieldColon")}
                  </span>{" "}
                  <HighlightText fragments={h.fragments} />
                </p>
              </>
            ) : (
              <p>{h?.field === "summary" ? <HighlightText fragments={h.fragments} /> : r.summary}</p>
            )}
            <p className="result-actions">
              <AddToCompare slug={r.slug} name={r.name} />
            </p>
          </li>
        );
      })}
    </ol>
  );
}
