import type { FieldDiff } from "@/lib/revisions/diff";
import { FieldDiffView } from "./diff-view";

/** The fields that differ between two versions, each as a word or list diff, then the unchanged ones by name. */
export function VersionDiff({ diffs }: { diffs: FieldDiff[] }) {
  const changed = diffs.filter((d) => d.changed);
  const unchanged = diffs.filter((d) => !d.changed);
  return (
    <>
      {changed.length === 0 ? (
        <p>No field differs between these versions.</p>
      ) : (
        <dl className="diff-fields">
          {changed.map((d) => (
            <div key={d.key} className="diff-field">
              <dt>{d.label}</dt>
              <dd>
                <FieldDiffView diff={d} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      {unchanged.length > 0 && <p className="muted">Unchanged: {unchanged.map((d) => d.label).join(", ")}.</p>}
      <p className="muted">
        Legend: <ins>added text</ins> <del>removed text</del>; list items are tagged added, removed, moved (old → new position) or changed.
      </p>
    </>
  );
}
