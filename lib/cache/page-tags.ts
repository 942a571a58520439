import "server-only";
import { unstable_cache } from "next/cache";

/**
 * Tag the page being rendered, so that expiring any of these tags re-renders it. Classic ISR
 * collects a page's tags from the cached calls made while rendering it; this is the smallest such
 * call (it caches `true` under the tags). Names come from lib/cache/tags.ts.
 */
export async function tagPage(...tags: string[]): Promise<void> {
  await unstable_cache(async () => true, ["page-tags", ...tags], { tags })();
}
