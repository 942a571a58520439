import { z } from "zod";
import { requireApiUser } from "@/lib/auth/guards";
import { handle } from "@/lib/http/handle";
import { cardsZip, exportDocument } from "@/lib/interchange/export-document";
import { listExportProfiles } from "@/lib/interchange/export";
import { slugFor } from "@/lib/occupations/slug";

const query = z.object({
  format: z.enum(["card", "json", "csv"]).default("card"),
  major: z
    .string()
    .max(200)
    .optional()
    .transform((m) => m || undefined),
  all: z.enum(["1"]).optional(),
});

export const dynamic = "force-dynamic";

/** Editors download the catalog (or one Major tier) as a zip of cards, JSON or CSV. */
export const GET = handle(async (req: Request) => {
  await requireApiUser(req, "editor");
  const q = query.parse(Object.fromEntries(new URL(req.url).searchParams));
  const profiles = await listExportProfiles({ all: q.all === "1", major: q.major });
  const base = `catalog${q.major ? `-${slugFor(q.major)}` : ""}${q.all ? "-with-drafts" : ""}`;
  if (q.format === "card") {
    return new Response(Buffer.from(await cardsZip(profiles)), {
      headers: { "Content-Type": "application/zip", "Content-Disposition": `attachment; filename="${base}-cards.zip"` },
    });
  }
  const type = q.format === "json" ? "application/json" : "text/csv";
  return new Response(exportDocument(q.format, profiles), {
    headers: { "Content-Type": `${type}; charset=utf-8`, "Content-Disposition": `attachment; filename="${base}.${q.format}"` },
  });
});
