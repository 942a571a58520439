"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { editorAction } from "@/lib/auth/action";
import { updateOccupation } from "@/lib/occupations/edit";
import { afterCatalogWrite } from "@/lib/occupations/revalidate";
import { getRevisionContent } from "@/lib/revisions/history";
import { getTranslations } from "next-intl/server";
import { requestLocale } from "@/i18n/request-locale";

/** Bring back an old version as a new draft (nothing goes public until someone publishes). */
export const restoreRevisionAction = editorAction(
  z.object({ id: z.number().int(), version: z.number().int(), expectedVersion: z.number().int() }),
  async ({ id, version, expectedVersion }, user) => {
    const content = await getRevisionContent(id, version);
    if (!content) {
      const t = await getTranslations({ locale: await requestLocale(), namespace: "Admin.Save" });
      return { ok: false, status: 404, message: t("noVersion", { version }) };
    }
    const r = await updateOccupation(id, content, {
      expectedVersion,
      actor: { id: user.id, email: user.email },
      message: `Restored version ${version}`,
    });
    await afterCatalogWrite();
    redirect(`/admin/occupations/${id}/edit?notice=${r.changed ? `restored-version-${version}` : "unchanged"}`);
  },
);
