"use client";

import { useEffect, useRef } from "react";
import { useRouter } from "@/i18n/navigation";
import { compareHref } from "@/lib/compare/selection";
import { storeSelection, useStoredSelection } from "@/lib/compare/stored-selection";

/**
 * Keeps local storage and the URL in step: /compare without slugs shows the stored selection (by
 * replacing the URL, which is then the link to share); a comparison that is shown becomes the
 * stored selection. Once per shown selection: a later change in another tab is not undone.
 */
export function SyncSelection({ slugs, fromUrl }: { slugs: string[]; fromUrl: boolean }) {
  const router = useRouter();
  const stored = useStoredSelection();
  const done = useRef<string | null>(null);
  const key = `${fromUrl}:${slugs.join(",")}`;
  useEffect(() => {
    if (stored === null || done.current === key) return;
    done.current = key;
    if (!fromUrl) {
      if (stored.length > 0) router.replace(compareHref(stored));
    } else if (stored.join(",") !== slugs.join(",")) {
      storeSelection(slugs);
    }
  }, [key, fromUrl, slugs, stored, router]);
  return null;
}
