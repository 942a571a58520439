import type { ReactNode } from "react";
import { toHepburn } from "@/lib/reading/romaji";

/**
 * A kana reading with its Hepburn romaji for readers who cannot read kana (on Japanese pages too:
 * not every reader of the Japanese interface reads kana fluently). Only the kana is marked
 * lang="ja" (a screen reader reads it in Japanese); the romaji is in the page's language.
 * `children` replaces the plain kana (search results mark the matched part).
 */
export function Reading({ reading, romaji, children }: { reading: string; romaji?: string; children?: ReactNode }) {
  return (
    <>
      <span lang="ja">{children ?? reading}</span> <span className="romaji">{romaji ?? toHepburn(reading)}</span>
    </>
  );
}
