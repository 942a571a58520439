import "./diff-view.css";
import type { FieldDiff, ListEntry, TextPart } from "@/lib/revisions/diff";

export function TextDiff({ parts }: { parts: TextPart[] }) {
  if (!parts.length) return <p className="muted">(empty)</p>;
  return (
    <p className="text-diff">
      {parts.map((p, i) =>
        p.kind === "added" ? (
          <ins key={i}>{p.value}</ins>
        ) : p.kind === "removed" ? (
          <del key={i}>{p.value}</del>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </p>
  );
}

const LABEL: Record<ListEntry["kind"], string> = { same: "", added: "added", removed: "removed", moved: "moved", changed: "changed" };

function ListDiff({ items }: { items: ListEntry[] }) {
  if (!items.length) return <p className="muted">(empty)</p>;
  return (
    <ul className="list-diff">
      {items.map((e, i) => (
        <li key={i} className={`diff-${e.kind}`}>
          {e.kind !== "same" && (
            <span className={`diff-tag diff-tag-${e.kind}`}>
              {LABEL[e.kind]}
              {(e.kind === "moved" || (e.kind === "changed" && e.from !== e.to)) && ` ${e.from! + 1} → ${e.to! + 1}`}
            </span>
          )}{" "}
          {e.kind === "changed" ? (
            <TextDiff parts={e.parts!} />
          ) : e.kind === "removed" ? (
            <del>{e.value}</del>
          ) : e.kind === "added" ? (
            <ins>{e.value}</ins>
          ) : (
            <span>{e.value}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** One field's change, as a word diff (text) or added / removed / moved / changed items (lists). */
export function FieldDiffView({ diff }: { diff: FieldDiff }) {
  return diff.type === "text" ? <TextDiff parts={diff.parts} /> : <ListDiff items={diff.items} />;
}

/** The value of a field as plain text or a list, for side-by-side views. */
export function FieldValue({ diff, side }: { diff: FieldDiff; side: "before" | "after" }) {
  const v = diff[side];
  if (typeof v === "string") return v ? <p className="field-value">{v}</p> : <p className="muted">(empty)</p>;
  return v.length ? (
    <ol className="field-value">
      {v.map((x, i) => (
        <li key={i}>{x}</li>
      ))}
    </ol>
  ) : (
    <p className="muted">(empty)</p>
  );
}
