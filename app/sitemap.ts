import type { MetadataRoute } from "next";
import { listPublishedSlugs } from "@/lib/classifications/browse";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const rows = await listPublishedSlugs();
  return [
    { url: `${env.baseUrl}/`, changeFrequency: "daily" },
    { url: `${env.baseUrl}/browse`, changeFrequency: "weekly" },
    ...rows.map((r) => ({ url: `${env.baseUrl}/occupations/${r.slug}`, lastModified: r.updatedAt })),
  ];
}
