"use server";

import { afterCatalogWrite } from "@/lib/occupations/revalidate";
import { z } from "zod";
import { editorAction } from "@/lib/auth/action";
import { catalogStamp } from "@/lib/interchange/catalog-stamp";
import { importRecords, type ImportReport } from "@/lib/interchange/import";
import { decodeUploads } from "@/lib/interchange/upload";
import type { ImportError } from "@/lib/interchange/records";
import { requestLocale } from "@/i18n/request-locale";
import { problemTranslator } from "@/i18n/translator";
import { getTranslations } from "next-intl/server";

/** What the import would do (or did), tied to the exact files and catalog state it was computed on. */
export type ImportPreview = Omit<ImportReport, "written"> & { digest: string; stamp: string; applied: boolean };

const uploadForm = z.instanceof(FormData).transform((fd) => ({
  files: fd.getAll("files").filter((f): f is File => typeof f === "object" && "arrayBuffer" in f),
  draft: fd.get("draft") === "on",
  digest: String(fd.get("digest") ?? ""),
  stamp: String(fd.get("stamp") ?? ""),
}));

/** The errors in the editor's language (the English message stays what the CLI prints). */
async function localized(errors: ImportError[]): Promise<ImportError[]> {
  const word = problemTranslator(await requestLocale());
  return errors.map(({ file, line, ...e }) => ({ file, line, message: word(e) }));
}

async function readUploads(files: File[]) {
  return decodeUploads(await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))));
}

/** Dry run: exactly what the import would do, and nothing written. */
export const previewImport = editorAction<typeof uploadForm, ImportPreview>(uploadForm, async (input, user) => {
  const decoded = await readUploads(input.files);
  const stamp = await catalogStamp();
  if (decoded.errors.length)
    return {
      ok: true,
      data: {
        created: 0,
        updated: 0,
        unchanged: 0,
        skipped: [],
        errors: await localized(decoded.errors),
        items: [],
        digest: "",
        stamp,
        applied: false,
      },
    };
  const report = await importRecords(decoded.records, {
    dryRun: true,
    status: input.draft ? "draft" : "published",
    authorId: user.id,
    actor: user.email,
  });
  return { ok: true, data: { ...report, errors: await localized(report.errors), digest: decoded.digest, stamp, applied: false } };
});

/** Apply a previewed import, refusing when the files or the catalog changed since the preview. */
export const applyImport = editorAction<typeof uploadForm, ImportPreview>(uploadForm, async (input, user) => {
  const t = await getTranslations({ locale: await requestLocale(), namespace: "Admin.Import" });
  const decoded = await readUploads(input.files);
  if (decoded.errors.length || decoded.digest !== input.digest) return { ok: false, status: 409, message: t("filesChanged") };
  if ((await catalogStamp()) !== input.stamp) return { ok: false, status: 409, message: t("catalogChanged") };
  const report = await importRecords(decoded.records, {
    status: input.draft ? "draft" : "published",
    authorId: user.id,
    actor: user.email,
    message: `import of ${input.files.map((f) => f.name).join(", ")}`,
  });
  if (report.errors.length) return { ok: false, status: 400, message: t("importRefused") };
  await afterCatalogWrite();
  return { ok: true, data: { ...report, digest: decoded.digest, stamp: await catalogStamp(), applied: true } };
});
