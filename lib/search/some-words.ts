import "server-only";
import { QUERY_MAX } from "./query";
import { searchOccupations, type SearchInput, type SearchResponse } from "./search";

/** Searched with fewer words than asked: what ran instead, and the words left out. */
export type Relaxed = { q: string; dropped: string[] };

const WORDS_MAX = 8;

/**
 * A query of several words finds profiles that match all of them. When none does (`ソフトウェア 開発`:
 * the demo catalog has no 開発), readers expect the profiles matching the words that do find
 * something, with the others named as left out, rather than an empty page. Each word is tried alone
 * (at most WORDS_MAX searches of one row, only for a multi-word query that found nothing), then the
 * words that found something are searched together; when they find nothing together, the first alone.
 */
export async function searchSomeWords(input: SearchInput, whole: SearchResponse): Promise<{ res: SearchResponse; relaxed?: Relaxed }> {
  const words = input.q.slice(0, QUERY_MAX).normalize("NFKC").split(/\s+/).filter(Boolean).slice(0, WORDS_MAX);
  if (whole.total > 0 || words.length < 2) return { res: whole };
  const alone = await Promise.all(words.map(async (w) => (await searchOccupations({ ...input, q: w, page: 1, pageSize: 1 })).total > 0));
  const kept = words.filter((_, i) => alone[i]);
  if (!kept.length) return { res: whole };
  for (const q of kept.length > 1 ? [kept.join(" "), kept[0]] : [kept[0]]) {
    const res = await searchOccupations({ ...input, q });
    if (res.total > 0) return { res, relaxed: { q, dropped: words.filter((w) => !q.split(" ").includes(w)) } };
  }
  return { res: whole };
}
