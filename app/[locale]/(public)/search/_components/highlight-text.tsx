import type { Highlight } from "@/lib/search/highlight";

/** Highlight fragments as text with <mark>: React escapes every piece, so no markup comes from data. */
export function HighlightText({ fragments }: { fragments: Highlight["fragments"] }) {
  return <>{fragments.map((f, i) => (f.match ? <mark key={i}>{f.text}</mark> : <span key={i}>{f.text}</span>))}</>;
}
