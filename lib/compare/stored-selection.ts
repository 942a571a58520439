"use client";

import { useSyncExternalStore } from "react";
import { COMPARE_MAX, parseSlugs } from "./selection";

/*
 * The reader's compare selection in localStorage, so it survives navigation between profile and
 * search pages. The /compare page writes the selection it shows back here, so the URL (which can
 * be shared) and the storage agree. Pages render without it on the server (they are cached), and
 * the controls that read it switch on after hydration.
 */
const KEY = "occupation-catalog:compare";
const CHANGED = "occupation-catalog:compare-changed";

function read(): string {
  try {
    return localStorage.getItem(KEY) ?? "";
  } catch {
    return ""; // storage disabled: the selection lives in the URL only
  }
}

export function storeSelection(slugs: string[]) {
  try {
    localStorage.setItem(KEY, slugs.slice(0, COMPARE_MAX).join(","));
  } catch {
    return;
  }
  window.dispatchEvent(new Event(CHANGED));
}

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

/** The stored slugs, or null while rendering on the server and hydrating. */
export function useStoredSelection(): string[] | null {
  const raw = useSyncExternalStore(subscribe, read, () => null);
  return raw === null ? null : parseSlugs(raw);
}
