"use server";

import { saveOccupationInput } from "@/lib/occupations/form-schema";
import { editorAction } from "@/lib/auth/action";
import { createOccupation } from "@/lib/occupations/edit";
import { addReverseLinks } from "@/lib/occupations/reverse-links";
import { afterCatalogWrite } from "@/lib/occupations/revalidate";
import { profileContent } from "@/lib/occupations/schema";
import { getTranslations } from "next-intl/server";
import { requestLocale } from "@/i18n/request-locale";
import { describeReverseLinks, type SaveResult } from "../_components/save-result";

export const createOccupationAction = editorAction<typeof saveOccupationInput, SaveResult>(saveOccupationInput, async (input, user) => {
  const actor = { id: user.id, email: user.email };
  const content = profileContent.parse(input);
  const r = await createOccupation(content, { slug: input.slug || undefined, publish: input.publish, actor, message: input.message });
  const reverse = input.reverseLinks.length
    ? await addReverseLinks(content.name, input.reverseLinks, { publish: input.publish, actor })
    : [];
  await afterCatalogWrite();
  const t = await getTranslations({ locale: await requestLocale(), namespace: "Admin.Save" });
  const data: SaveResult = { id: r.id, slug: r.slug, version: r.version, status: r.status, notices: describeReverseLinks(reverse, t) };
  return { ok: true, data };
});
