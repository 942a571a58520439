import type { MetadataRoute } from "next";
import { listPublishedSlugs } from "@/lib/classifications/browse";
import { tagPage } from "@/lib/cache/page-tags";
import { TAGS } from "@/lib/cache/tags";
import { env } from "@/lib/env";

// Cached like the public pages (see app/(public)/page.tsx).
export const revalidate = 300;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await tagPage(TAGS.sitemap);
  const rows = await listPublishedSlugs();
  return [
    { url: `${env.baseUrl}/`, changeFrequency: "daily" },
    { url: `${env.baseUrl}/browse`, changeFrequency: "weekly" },
    ...rows.map((r) => ({ url: `${env.baseUrl}/occupations/${r.slug}`, lastModified: r.updatedAt })),
  ];
}
