import type { Metadata } from "next";
import { tagPage } from "@/lib/cache/page-tags";
import { TAGS } from "@/lib/cache/tags";
import { countByReadingRow } from "@/lib/reading/reading-index";
import { Breadcrumb } from "../../_components/breadcrumb";
import { readingCopy as t } from "./_components/copy";
import { GojuonRows } from "./_components/gojuon-rows";

// Cached (ISR): rendered on first request, then served from the cache until a write expires its
// tags (lib/cache/invalidation.ts); 300 s bounds a shared cache's copy (s-maxage) and any missed invalidation.
export const revalidate = 300;
export const metadata: Metadata = { title: t.indexTitle, description: t.indexDescription };

/** The gojūon index: あ か さ た な は ま や ら わ with the number of profiles in each. */
export default async function ReadingIndexPage() {
  await tagPage(TAGS.readingIndex);
  const rows = await countByReadingRow();
  return (
    <>
      <Breadcrumb items={[{ name: t.browse, href: "/browse" }, { name: t.indexTitle }]} />
      <h1>{t.indexTitle}</h1>
      <p className="muted">{t.indexIntro}</p>
      <GojuonRows rows={rows} />
    </>
  );
}
