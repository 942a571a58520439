"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { editorAction } from "@/lib/auth/action";
import { addAliasToOccupation } from "@/lib/occupations/add-alias";
import { afterCatalogWrite } from "@/lib/occupations/revalidate";
import { NAME_MAX } from "@/lib/occupations/schema";

const addAliasInput = z.object({
  alias: z.string().trim().min(1, "Enter the alias").max(NAME_MAX, `At most ${NAME_MAX} characters`),
  profile: z.string().trim().min(1, "Enter a profile's name or slug").max(500),
});

export const addAliasAction = editorAction<typeof addAliasInput, { name: string; published: boolean; id: number }>(
  addAliasInput,
  async (input, user) => {
    const r = await addAliasToOccupation(input.profile, input.alias, { id: user.id, email: user.email });
    await afterCatalogWrite();
    revalidatePath("/admin/quality");
    return { ok: true, data: { name: r.name, published: r.published, id: r.id } };
  },
);
