"use client";

import { useEffect, useRef } from "react";

/**
 * After a list re-renders (move, add, remove), put focus on the control with this id, or on the
 * fallback when that one is missing or disabled, so keyboard users keep their place.
 */
export function useMoveFocus() {
  const pending = useRef<{ id: string; fallback?: string } | null>(null);
  useEffect(() => {
    const p = pending.current;
    if (!p) return;
    pending.current = null;
    const el = document.getElementById(p.id) as HTMLButtonElement | HTMLInputElement | null;
    const target = el && !(el as HTMLButtonElement).disabled ? el : p.fallback ? document.getElementById(p.fallback) : null;
    target?.focus();
  });
  return (id: string, fallback?: string) => {
    pending.current = { id, fallback };
  };
}

export function moveItem<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const next = list.slice();
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}
