import { Feed } from "feed";
import type { CatalogChange } from "./catalog-changes";

export type FeedInfo = { baseUrl: string; path: string; title: string; subtitle: string };

const KIND: Record<CatalogChange["kind"], string> = { new: "New", updated: "Updated", removed: "Removed" };

/** A tag URI (RFC 4151): a permanent, unique entry id that survives a slug or host change of the page. */
function tagUri(baseUrl: string, specific: string) {
  return `tag:${new URL(baseUrl).hostname},2026-12-03:${specific}`;
}

/**
 * The Atom document for these changes. Entries link to the profile (and its history for new
 * versions); a removed profile has no page any more, so its entry links to the catalog's home.
 */
export function atomFeed(changes: CatalogChange[], info: FeedInfo): string {
  const base = info.baseUrl.replace(/\/$/, "");
  const feed = new Feed({
    id: `${base}${info.path}`,
    title: info.title,
    description: info.subtitle,
    link: `${base}/`,
    feedLinks: { atom: `${base}${info.path}` },
    // An empty catalog's feed still needs an <updated>; a fixed date keeps it stable between requests.
    updated: new Date(changes[0]?.at ?? "2026-01-01T00:00:00Z"),
    author: { name: "Occupation Catalog", link: `${base}/` },
    generator: false,
    language: "en",
  });
  for (const c of changes) {
    const profile = `${base}/occupations/${encodeURIComponent(c.slug)}`;
    const history = `${profile}/history`;
    const link = c.kind === "removed" ? `${base}/` : profile;
    const text = c.kind === "removed" ? `${c.name} was removed from the catalog.` : `${c.summary} History: ${history}`;
    feed.addItem({
      id: tagUri(base, c.key),
      title: `${KIND[c.kind]}: ${c.name}`,
      link,
      date: new Date(c.at),
      description: text,
    });
  }
  return feed.atom1();
}
