import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

// Cached; it changes only with NEXTAUTH_URL, read when rendered after each start.
export const revalidate = 300;

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/api/", "/login"] }],
    sitemap: `${env.baseUrl}/sitemap.xml`,
  };
}
