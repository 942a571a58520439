import type { Metadata } from "next";

/** `<link rel="alternate" type="application/atom+xml">` for the catalog's feed, and a Major tier's when given. */
export function feedAlternates(major?: { slug: string; name: string }): NonNullable<Metadata["alternates"]> {
  const feeds = [{ url: "/feed.xml", title: "Occupation Catalog: latest changes" }];
  if (major) feeds.unshift({ url: `/browse/${major.slug}/feed.xml`, title: `Latest changes in ${major.name}` });
  return { types: { "application/atom+xml": feeds } };
}
