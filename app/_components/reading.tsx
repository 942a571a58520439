import { useLocale } from "next-intl";
import type { ReactNode } from "react";
import { toHepburn } from "@/lib/reading/romaji";

/**
 * A kana reading with its Hepburn romaji for readers who cannot read kana. Only the kana is
 * marked lang="ja" (a screen reader reads it in Japanese); the romaji is in the page's language.
 * `children` replaces the plain kana (search results mark the matched part). Japanese pages show
 * the kana alone: their readers read kana, and romaji after it there is only noise.
 */
export function Reading({ reading, romaji, children }: { reading: string; romaji?: string; children?: ReactNode }) {
  const kanaOnly = useLocale() === "ja";
  if (kanaOnly) return <span lang="ja">{children ?? reading}</span>;
  return (
    <>
      <span lang="ja">{children ?? reading}</span> <span className="romaji">{romaji ?? toHepburn(reading)}</span>
    </>
  );
}
