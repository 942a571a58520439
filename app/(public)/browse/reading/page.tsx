import type { Metadata } from "next";
import { countByReadingRow } from "@/lib/reading/reading-index";
import { Breadcrumb } from "../../_components/breadcrumb";
import { readingCopy as t } from "./_components/copy";
import { GojuonRows } from "./_components/gojuon-rows";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: t.indexTitle, description: t.indexDescription };

/** The gojūon index: あ か さ た な は ま や ら わ with the number of profiles in each. */
export default async function ReadingIndexPage() {
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
