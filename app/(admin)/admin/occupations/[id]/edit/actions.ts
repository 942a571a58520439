"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { editorAction } from "@/lib/auth/action";
import { deleteOccupation, unpublishOccupation, updateOccupation } from "@/lib/occupations/edit";
import { getEditableOccupation } from "@/lib/occupations/editable";
import { saveOccupationInput } from "@/lib/occupations/form-schema";
import { addReverseLinks } from "@/lib/occupations/reverse-links";
import { afterCatalogWrite } from "@/lib/occupations/revalidate";
import { profileContent, type ProfileContent } from "@/lib/occupations/schema";
import { getTranslations } from "next-intl/server";
import { requestLocale } from "@/i18n/request-locale";
import { describeReverseLinks, type SaveResult } from "../../_components/save-result";

export const saveOccupationAction = editorAction<typeof saveOccupationInput, SaveResult>(saveOccupationInput, async (input, user) => {
  const t = await getTranslations({ locale: await requestLocale(), namespace: "Admin.Save" });
  if (input.id === undefined || input.expectedVersion === undefined) return { ok: false, status: 400, message: t("missingVersion") };
  const actor = { id: user.id, email: user.email };
  const content = profileContent.parse(input);
  const r = await updateOccupation(input.id, content, {
    expectedVersion: input.expectedVersion,
    slug: input.slug || undefined,
    publish: input.publish,
    actor,
    message: input.message,
  });
  const reverse = input.reverseLinks.length
    ? await addReverseLinks(content.name, input.reverseLinks, { publish: input.publish, actor })
    : [];
  await afterCatalogWrite();
  const notices = describeReverseLinks(reverse, t);
  if (!r.changed) notices.unshift(t("nothingChanged"));
  const data: SaveResult = { id: r.id, slug: r.slug, version: r.version, status: r.status, notices };
  return { ok: true, data };
});

export type ConflictState = { version: number; current: ProfileContent; slug: string };

/** After a refused save: the version saved meanwhile (the form knows the one it started from). */
const conflictInput = z.object({ id: z.number().int() });
export const loadConflict = editorAction<typeof conflictInput, ConflictState>(conflictInput, async ({ id }) => {
  const occ = await getEditableOccupation(id);
  if (!occ || occ.meta.deleted) {
    const t = await getTranslations({ locale: await requestLocale(), namespace: "Admin.Save" });
    return { ok: false, status: 404, message: t("deletedMeanwhile") };
  }
  const data: ConflictState = { version: occ.meta.version, current: occ.content, slug: occ.slug };
  return { ok: true, data };
});

const unpublishInput = z.object({ id: z.number().int(), expectedVersion: z.number().int() });
export const unpublishAction = editorAction<typeof unpublishInput, { version: number }>(
  unpublishInput,
  async ({ id, expectedVersion }, user) => {
    const r = await unpublishOccupation(id, { expectedVersion, actor: { id: user.id, email: user.email } });
    await afterCatalogWrite();
    return { ok: true, data: { version: r.version } };
  },
);

export const deleteAction = editorAction(
  z.object({ id: z.number().int(), expectedVersion: z.number().int().optional() }),
  async ({ id, expectedVersion }, user) => {
    await deleteOccupation(id, { expectedVersion, actor: { id: user.id, email: user.email } });
    await afterCatalogWrite();
    redirect(`/admin/occupations?deleted=${id}`);
  },
);
