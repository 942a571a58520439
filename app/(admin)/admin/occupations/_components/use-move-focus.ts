"use client";

/**
 * After a list re-renders (move, add, remove), put focus on the control with this id, or on the
 * fallback when that one is missing or disabled, so keyboard users keep their place.
 */
export function useMoveFocus() {
  return (id: string, fallback?: string) => {
    // The list re-renders inside its Controller after this event; focus once that is committed.
    setTimeout(() => {
      const el = document.getElementById(id) as HTMLButtonElement | null;
      const target = el && !el.disabled ? el : fallback ? document.getElementById(fallback) : null;
      target?.focus();
    }, 0);
  };
}

export function moveItem<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const next = list.slice();
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}
