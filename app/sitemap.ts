import type { MetadataRoute } from "next";
import { localePath } from "@/i18n/locale-path";
import { routing } from "@/i18n/routing";
import { listPublishedSlugs } from "@/lib/classifications/browse";
import { tagPage } from "@/lib/cache/page-tags";
import { TAGS } from "@/lib/cache/tags";
import { env } from "@/lib/env";

// Cached like the public pages (see app/(public)/page.tsx).
export const revalidate = 300;

/** One entry per page and language, each naming its other-language versions (hreflang). */
function entries(path: string, extra: Omit<MetadataRoute.Sitemap[number], "url" | "alternates">): MetadataRoute.Sitemap {
  const languages = Object.fromEntries(routing.locales.map((l) => [l, `${env.baseUrl}${localePath(l, path)}`]));
  return routing.locales.map((l) => ({ url: `${env.baseUrl}${localePath(l, path)}`, alternates: { languages }, ...extra }));
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await tagPage(TAGS.sitemap);
  const rows = await listPublishedSlugs();
  return [
    ...entries("/", { changeFrequency: "daily" }),
    ...entries("/browse", { changeFrequency: "weekly" }),
    ...rows.flatMap((r) => entries(`/occupations/${r.slug}`, { lastModified: r.updatedAt })),
  ];
}
