import Link from "next/link";
import type { HighlightField } from "@/lib/search/highlight";
import type { SearchResult } from "@/lib/search/search";
import { HighlightText } from "./highlight-text";

const FIELD_LABELS: Record<HighlightField, string> = {
  name: "Name",
  alias: "Also known as",
  reading: "Reading",
  summary: "Summary",
  skill: "Skill or trait",
  description: "Description",
};

/** One page of results: name, reading, tiers, and where the query matched with the match marked. */
export function Results({ results, start }: { results: SearchResult[]; start: number }) {
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
              <p className="reading" lang="ja">
                {h?.field === "reading" ? <HighlightText fragments={h.fragments} /> : r.reading}
              </p>
            )}
            <p className="tiers">
              {r.classification.major} › {r.classification.middle} › {r.classification.minor}
            </p>
            {h && h.field !== "name" && h.field !== "reading" && h.field !== "summary" ? (
              <>
                <p>{r.summary}</p>
                <p className="snippet">
                  <span className="snippet-field">{FIELD_LABELS[h.field]}:</span> <HighlightText fragments={h.fragments} />
                </p>
              </>
            ) : (
              <p>{h?.field === "summary" ? <HighlightText fragments={h.fragments} /> : r.summary}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
