import { useTranslations } from "next-intl";
import "./diff-view.css";
import type { FieldDiff, ListEntry, TextPart } from "@/lib/revisions/diff";

function Empty() {
  return <p className="muted">{useTranslations("Admin.Diff")("empty")}</p>;
}

export function TextDiff({ parts }: { parts: TextPart[] }) {
  if (!parts.length) return <Empty />;
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

function ListDiff({ items }: { items: ListEntry[] }) {
  const t = useTranslations("Admin.Diff");
  if (!items.length) return <Empty />;
  return (
    <ul className="list-diff">
      {items.map((e, i) => (
        <li key={i} className={`diff-${e.kind}`}>
          {e.kind !== "same" && (
            <span className={`diff-tag diff-tag-${e.kind}`}>
              {t(e.kind as Exclude<ListEntry["kind"], "same">)}
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
  if (typeof v === "string") return v ? <p className="field-value">{v}</p> : <Empty />;
  return v.length ? (
    <ol className="field-value">
      {v.map((x, i) => (
        <li key={i}>{x}</li>
      ))}
    </ol>
  ) : (
    <Empty />
  );
}
